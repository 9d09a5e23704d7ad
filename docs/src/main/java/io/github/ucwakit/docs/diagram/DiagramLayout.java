package io.github.ucwakit.docs.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a sequence diagram out: the lifelines where {@link Columns} puts them, then the steps top to bottom, each in
 * its own band of height (a message's label lines, then its arrow; a note; a fragment's tab row, its sections and
 * the dashed lines between them), so that no text, box or arrow shares area with another. Integer pixels only, so
 * the same diagram always gives the same layout.
 */
public final class DiagramLayout {

    private final TextMetrics metrics;

    public DiagramLayout(TextMetrics metrics) {
        this.metrics = metrics;
    }

    /** The layout of the diagram. */
    public Layout layout(SequenceDiagram diagram) {
        return new Pass(diagram).run();
    }

    /** One layout run: the lifelines' x and the shapes placed so far, top to bottom. */
    private final class Pass {

        private final SequenceDiagram diagram;
        private final int[] x;
        private final int depth;
        private final List<Shape> shapes = new ArrayList<>();
        private int y = Spacing.MARGIN;

        Pass(SequenceDiagram diagram) {
            this.diagram = diagram;
            this.x = Columns.of(diagram, metrics);
            this.depth = Columns.depth(diagram.steps());
        }

        Layout run() {
            int top = headers();
            y = top + Spacing.STEP_GAP;
            steps(diagram.steps(), 0);
            int bottom = y;
            List<Shape> drawn = new ArrayList<>();
            for (int lifeline : x) {
                drawn.add(new Shape.Line(lifeline, top, lifeline, bottom, true));
            }
            drawn.addAll(shapes);
            int last = x.length - 1;
            int width = x[last] + Columns.reach(
                    Columns.headerWidth(diagram.participants().get(last), metrics), depth) + Spacing.MARGIN;
            return new Layout(diagram, metrics, width, bottom + Spacing.MARGIN, drawn);
        }

        /** The participants' header boxes, all as tall as the tallest; returns where they end. */
        private int headers() {
            int lines = diagram.participants().stream().mapToInt(p -> p.lines().size()).max().orElse(1);
            int height = lines * metrics.lineHeight() + 2 * Spacing.HEADER_PAD_Y;
            for (int i = 0; i < x.length; i++) {
                Participant participant = diagram.participants().get(i);
                int width = Columns.headerWidth(participant, metrics);
                shapes.add(new Shape.Box(Shape.Role.PARTICIPANT, new Rect(x[i] - (width + 1) / 2, y, width, height)));
                int lineTop = y + Spacing.HEADER_PAD_Y;
                for (String line : participant.lines()) {
                    int textWidth = metrics.width(line);
                    text(Shape.Role.PARTICIPANT, line, x[i] - (textWidth + 1) / 2, lineTop, 0);
                    lineTop += metrics.lineHeight();
                }
            }
            return y + height;
        }

        private void steps(List<Step> steps, int level) {
            for (Step step : steps) {
                if (step instanceof Step.Message message) {
                    message(message);
                } else if (step instanceof Step.Note note) {
                    note(note);
                } else if (step instanceof Step.Fragment fragment) {
                    fragment(fragment, level);
                }
            }
        }

        private void message(Step.Message message) {
            int from = x[diagram.column(message.from())];
            int to = x[diagram.column(message.to())];
            int middle = (from + to) / 2;
            for (String line : message.label()) {
                int textWidth = metrics.width(line);
                text(Shape.Role.LABEL, line, middle - (textWidth + 1) / 2, y, Spacing.LABEL_PAD);
                y += metrics.lineHeight();
            }
            int arrow = y + Spacing.ARROW_GAP + Spacing.HEAD;
            shapes.add(new Shape.Arrow(from, to, arrow, message.kind(), Spacing.HEAD));
            y = arrow + Spacing.HEAD + Spacing.STEP_GAP;
        }

        private void note(Step.Note note) {
            int first = Math.min(diagram.column(note.first()), diagram.column(note.last()));
            int last = Math.max(diagram.column(note.first()), diagram.column(note.last()));
            int width = Columns.widest(note.text(), metrics) + 2 * Spacing.NOTE_PAD;
            int left;
            if (first < last) {
                left = x[first] - Spacing.NOTE_REACH;
                width = Math.max(width, x[last] - x[first] + 2 * Spacing.NOTE_REACH);
            } else if (first < x.length - 1) {
                left = x[first] + Spacing.NOTE_SIDE;
            } else {
                left = x[first] - Spacing.NOTE_SIDE - width;
            }
            int height = note.text().size() * metrics.lineHeight() + 2 * Spacing.TEXT_DROP;
            shapes.add(new Shape.Box(Shape.Role.NOTE, new Rect(left, y, width, height)));
            int lineTop = y + Spacing.TEXT_DROP;
            for (String line : note.text()) {
                text(Shape.Role.NOTE, line, left + Spacing.NOTE_PAD, lineTop, 0);
                lineTop += metrics.lineHeight();
            }
            y += height + Spacing.STEP_GAP;
        }

        private void fragment(Step.Fragment fragment, int level) {
            int reach = Columns.frameReach(level, depth);
            int left = x[0] - reach;
            int right = x[x.length - 1] + reach;
            int top = y;
            int rowHeight = metrics.lineHeight() + 2 * Spacing.TEXT_DROP;
            String keyword = fragment.operator().keyword();
            int tabWidth = metrics.width(keyword) + 2 * Spacing.TAB_PAD;
            int frameIndex = shapes.size();
            shapes.add(new Shape.Box(Shape.Role.TAB, new Rect(left, top, tabWidth, rowHeight)));
            text(Shape.Role.TAB, keyword, left + Spacing.TAB_PAD, top + Spacing.TEXT_DROP, 0);
            List<Step.Section> sections = fragment.sections();
            text(Shape.Role.GUARD, Columns.guard(sections.get(0)), left + tabWidth + Spacing.TAB_GAP,
                    top + Spacing.TEXT_DROP, Spacing.TEXT_DROP);
            y = top + rowHeight + Spacing.STEP_GAP;
            steps(sections.get(0).steps(), level + 1);
            for (Step.Section section : sections.subList(1, sections.size())) {
                shapes.add(new Shape.Line(left, y, right, y, true));
                text(Shape.Role.GUARD, Columns.guard(section), left + Spacing.TAB_PAD, y + Spacing.TEXT_DROP,
                        Spacing.TEXT_DROP);
                y += rowHeight + Spacing.STEP_GAP;
                steps(section.steps(), level + 1);
            }
            shapes.add(frameIndex, new Shape.Box(Shape.Role.FRAME, new Rect(left, top, right - left, y - top)));
            y += Spacing.STEP_GAP;
        }

        /** A line of text whose line box starts at {@code top}, with {@code pad} of background either side. */
        private void text(Shape.Role role, String line, int textX, int top, int pad) {
            int textWidth = metrics.width(line);
            shapes.add(new Shape.Text(role, line, textX, top + metrics.baseline(), textWidth,
                    new Rect(textX - pad, top, textWidth + 2 * pad, metrics.lineHeight())));
        }
    }
}
