package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A link that carries its rel, as an event's target link. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkRef(String rel, String href, String title) {}
