package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The links of a {@code communication} resource that the event samples carry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunicationLinks(
        Href self, Href conversations, Href startMessaging, Href startOnlineMeeting, Href joinOnlineMeeting) {}
