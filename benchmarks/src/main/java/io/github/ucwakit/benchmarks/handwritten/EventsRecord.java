package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An event-channel response: its links and the senders with their events. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventsRecord(@JsonProperty("_links") EventsLinks links, List<SenderRecord> sender) {}
