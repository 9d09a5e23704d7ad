package io.github.ucwakit.benchmarks.handwritten;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** A {@code conversation} resource: its properties and its links. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationRecord(
        String rel,
        List<String> activeModalities,
        String audienceMessaging,
        String audienceMute,
        OffsetDateTime created,
        OffsetDateTime expirationTime,
        String importance,
        Integer participantCount,
        Boolean readLocally,
        Boolean recording,
        String state,
        String subject,
        String threadId,
        @JsonProperty("_links") ConversationLinks links) {}
