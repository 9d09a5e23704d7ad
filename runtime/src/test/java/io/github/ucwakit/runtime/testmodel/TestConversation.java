package io.github.ucwakit.runtime.testmodel;

import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-written test resource shaped like generated code: string, int, long, boolean, date, list and
 * enumeration properties; single and array links; a single embedded resource of an undescribed rel and an array
 * of described ones. Lists are {@code null} when absent.
 */
public record TestConversation(
        Link selfLink,
        List<Modality> activeModalities,
        UcwaDateTime created,
        UcwaDateTime expirationTime,
        String importance,
        Integer participantCount,
        Boolean readLocally,
        Boolean recording,
        Long sequenceNumber,
        String state,
        String subject,
        String threadId,
        Link participantsLink,
        Link messagingLink,
        List<Link> participantLinks,
        GenericResource messaging,
        List<TestParticipant> participants,
        UnknownMembers unknownMembers) implements UcwaResource {

    public static final String REL = "conversation";

    @Override
    public String rel() {
        return REL;
    }

    @Override
    public Optional<Link> self() {
        return Optional.ofNullable(selfLink);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the members while a binding reads. */
    public static final class Builder {
        Link selfLink;
        List<Modality> activeModalities;
        UcwaDateTime created;
        UcwaDateTime expirationTime;
        String importance;
        Integer participantCount;
        Boolean readLocally;
        Boolean recording;
        Long sequenceNumber;
        String state;
        String subject;
        String threadId;
        Link participantsLink;
        Link messagingLink;
        List<Link> participantLinks;
        GenericResource messaging;
        List<TestParticipant> participants;
        UnknownMembers unknownMembers = UnknownMembers.empty();

        public Builder selfLink(Link value) {
            selfLink = value;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder participantCount(Integer value) {
            participantCount = value;
            return this;
        }

        public Builder readLocally(Boolean value) {
            readLocally = value;
            return this;
        }

        public Builder created(UcwaDateTime value) {
            created = value;
            return this;
        }

        public Builder activeModalities(List<Modality> value) {
            activeModalities = value;
            return this;
        }

        public Builder sequenceNumber(Long value) {
            sequenceNumber = value;
            return this;
        }

        public Builder participantsLink(Link value) {
            participantsLink = value;
            return this;
        }

        public Builder addParticipantLink(Link value) {
            if (participantLinks == null) {
                participantLinks = new ArrayList<>();
            }
            participantLinks.add(value);
            return this;
        }

        public Builder messaging(GenericResource value) {
            messaging = value;
            return this;
        }

        public Builder addParticipant(TestParticipant value) {
            if (participants == null) {
                participants = new ArrayList<>();
            }
            participants.add(value);
            return this;
        }

        public Builder unknownMembers(UnknownMembers value) {
            unknownMembers = value;
            return this;
        }

        public TestConversation build() {
            return new TestConversation(selfLink, copy(activeModalities), created, expirationTime, importance,
                    participantCount, readLocally, recording, sequenceNumber, state, subject, threadId,
                    participantsLink, messagingLink, copy(participantLinks), messaging, copy(participants),
                    unknownMembers);
        }

        private static <T> List<T> copy(List<T> list) {
            return list == null ? null : List.copyOf(list);
        }
    }
}
