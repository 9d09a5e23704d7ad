package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The resources an event embeds, by key; the samples embed a {@code communication}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEmbedded(CommunicationRecord communication) {}
