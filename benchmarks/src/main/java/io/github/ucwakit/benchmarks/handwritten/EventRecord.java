package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One event: its target link, the target's content when embedded, and the event type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventRecord(LinkRef link, @JsonProperty("_embedded") EventEmbedded embedded, String type) {}
