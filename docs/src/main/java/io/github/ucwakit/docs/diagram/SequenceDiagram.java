package io.github.ucwakit.docs.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sequence diagram as data: participants left to right and the steps between them top to bottom, with a title and
 * a description that the SVG carries for readers who cannot see it.
 */
public record SequenceDiagram(String title, String description, List<Participant> participants, List<Step> steps) {

    public SequenceDiagram {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        participants = List.copyOf(participants);
        steps = List.copyOf(steps);
        if (participants.size() < 2) {
            throw new IllegalArgumentException("a sequence diagram needs two participants");
        }
        Set<String> ids = new HashSet<>();
        for (Participant participant : participants) {
            if (!ids.add(participant.id())) {
                throw new IllegalArgumentException("two participants named " + participant.id());
            }
        }
        checkSteps(steps, ids);
    }

    /** The position of a participant from the left, starting at 0. */
    public int column(String participantId) {
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).id().equals(participantId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no participant " + participantId);
    }

    /** The participant of that id. */
    public Participant participant(String participantId) {
        return participants.get(column(participantId));
    }

    private static void checkSteps(List<Step> steps, Set<String> ids) {
        for (Step step : steps) {
            if (step instanceof Step.Message message) {
                known(ids, message.from());
                known(ids, message.to());
            } else if (step instanceof Step.Note note) {
                known(ids, note.first());
                known(ids, note.last());
            } else if (step instanceof Step.Fragment fragment) {
                fragment.sections().forEach(section -> checkSteps(section.steps(), ids));
            }
        }
    }

    private static void known(Set<String> ids, String id) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("no participant " + id);
        }
    }
}
