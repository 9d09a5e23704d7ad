package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The links of an event-channel response: itself and the next P-GET. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventsLinks(Href self, Href next) {}
