package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One sender block of an event-channel response: the sending resource and its events. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SenderRecord(String rel, String href, List<EventRecord> events) {}
