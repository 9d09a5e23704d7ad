package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A link's target under {@code _links}: its href and optional title. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Href(String href, String title) {}
