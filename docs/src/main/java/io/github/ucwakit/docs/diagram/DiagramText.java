package io.github.ucwakit.docs.diagram;

import java.util.List;

/**
 * The diagram told in words, for readers who cannot see it (the SVG's {@code desc}): the description, then every
 * step in order, numbered, fragments saying when their sections happen.
 */
public final class DiagramText {

    private final SequenceDiagram diagram;
    private final StringBuilder out = new StringBuilder();
    private int number;

    private DiagramText(SequenceDiagram diagram) {
        this.diagram = diagram;
    }

    /** The text alternative of the diagram, on one line. */
    public static String of(SequenceDiagram diagram) {
        DiagramText text = new DiagramText(diagram);
        text.out.append(diagram.description());
        text.steps(diagram.steps());
        return text.out.toString();
    }

    private void steps(List<Step> steps) {
        for (Step step : steps) {
            if (step instanceof Step.Message message) {
                sentence(diagram.participant(message.from()).name() + " to "
                        + diagram.participant(message.to()).name() + ": " + joined(message.label()));
            } else if (step instanceof Step.Note note) {
                sentence("Note: " + joined(note.text()));
            } else if (step instanceof Step.Fragment fragment) {
                fragment(fragment);
            }
        }
    }

    private void fragment(Step.Fragment fragment) {
        List<Step.Section> sections = fragment.sections();
        for (int i = 0; i < sections.size(); i++) {
            Step.Section section = sections.get(i);
            String opening = switch (fragment.operator()) {
                case LOOP -> "Repeated while " + section.guard() + ":";
                case OPT -> "Only if " + section.guard() + ":";
                case ALT -> (i == 0 ? "Either, if " : "Or, if ") + section.guard() + ":";
            };
            out.append(' ').append(opening);
            steps(section.steps());
        }
        out.append(" End of the ").append(switch (fragment.operator()) {
            case LOOP -> "loop.";
            case OPT -> "option.";
            case ALT -> "alternatives.";
        });
    }

    /** The lines of a text as one: a line ending in a comma or colon runs on, the others end with a comma. */
    private static String joined(List<String> lines) {
        StringBuilder text = new StringBuilder(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            char last = text.charAt(text.length() - 1);
            text.append(last == ',' || last == ':' || last == ';' ? " " : ", ").append(line);
        }
        return text.toString();
    }

    private void sentence(String text) {
        out.append(' ').append(++number).append(". ").append(text);
        if (!text.endsWith(".")) {
            out.append('.');
        }
    }
}
