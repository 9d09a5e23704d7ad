package io.github.ucwakit.docs.diagram;

import java.util.List;
import java.util.Objects;

/** What happens, top to bottom, in a sequence diagram: a message, a note, or a combined fragment of steps. */
public sealed interface Step permits Step.Message, Step.Note, Step.Fragment {

    /** Whether a message asks (a solid arrow) or answers (a dashed one). */
    enum Kind {
        REQUEST,
        RESPONSE
    }

    /**
     * A message from one participant to another (never to itself), its label written above the arrow.
     *
     * @param from the sender's participant id
     * @param to the receiver's participant id
     */
    record Message(String from, String to, Kind kind, List<String> label) implements Step {
        public Message {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
            if (from.equals(to)) {
                throw new IllegalArgumentException("a message from " + from + " to itself");
            }
            label = Texts.lines(label, "the message from " + from + " to " + to);
        }
    }

    /**
     * A note across the lifelines from {@code first} to {@code last} (in diagram order); a note on one lifeline is
     * written beside it.
     */
    record Note(String first, String last, List<String> text) implements Step {
        public Note {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            text = Texts.lines(text, "a note");
        }
    }

    /** The operator of a combined fragment, written in its corner tab. */
    enum Operator {
        /** Alternatives: one of the sections happens, the one whose guard holds. */
        ALT("alt"),
        /** An option: the only section happens when its guard holds. */
        OPT("opt"),
        /** A loop: the section repeats while its guard holds. */
        LOOP("loop");

        private final String keyword;

        Operator(String keyword) {
            this.keyword = keyword;
        }

        /** How the diagram writes it. */
        public String keyword() {
            return keyword;
        }
    }

    /** A combined fragment: a frame around sections of steps, separated by dashed lines. */
    record Fragment(Operator operator, List<Section> sections) implements Step {
        public Fragment {
            Objects.requireNonNull(operator, "operator");
            sections = List.copyOf(sections);
            if (sections.isEmpty()) {
                throw new IllegalArgumentException("a " + operator.keyword() + " fragment without a section");
            }
            if (operator != Operator.ALT && sections.size() > 1) {
                throw new IllegalArgumentException("a " + operator.keyword() + " fragment has one section");
            }
        }
    }

    /**
     * A section of a combined fragment.
     *
     * @param guard when it happens, written in brackets
     */
    record Section(String guard, List<Step> steps) {
        public Section {
            guard = Texts.lines(List.of(guard), "a guard").get(0);
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("the section [" + guard + "] has no step");
            }
        }
    }
}
