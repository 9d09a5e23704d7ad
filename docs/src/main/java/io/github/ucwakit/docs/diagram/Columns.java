package io.github.ucwakit.docs.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The horizontal pass: where each lifeline stands. Every text that lies between lifelines asks for a least distance
 * between two of them (headers side by side, a label between the ends of its arrow, a note across or beside
 * lifelines, a fragment's tab and guard inside its frame); the requests are met from the narrowest span to the widest,
 * a missing distance shared evenly by the gaps the span covers. Gaps only grow, so a request met stays met.
 */
final class Columns {

    private final SequenceDiagram diagram;
    private final TextMetrics metrics;
    private final int depth;
    private final List<Request> requests = new ArrayList<>();

    private Columns(SequenceDiagram diagram, TextMetrics metrics) {
        this.diagram = diagram;
        this.metrics = metrics;
        this.depth = depth(diagram.steps());
    }

    /** The x of every lifeline, left to right, with room left of the first for headers and frames. */
    static int[] of(SequenceDiagram diagram, TextMetrics metrics) {
        return new Columns(diagram, metrics).solve();
    }

    /** How deep fragments nest among these steps: 0 without a fragment. */
    static int depth(List<Step> steps) {
        int deepest = 0;
        for (Step step : steps) {
            if (step instanceof Step.Fragment fragment) {
                for (Step.Section section : fragment.sections()) {
                    deepest = Math.max(deepest, 1 + depth(section.steps()));
                }
            }
        }
        return deepest;
    }

    /** How far the frame of a fragment at this nesting level (0 outermost) lies outside the outer lifelines. */
    static int frameReach(int level, int depth) {
        return Spacing.INSET * (depth - level);
    }

    /** How far the drawing reaches beyond an outer lifeline: half its header, or the outermost frame. */
    static int reach(int headerWidth, int depth) {
        return Math.max((headerWidth + 1) / 2, Math.max(frameReach(0, depth), Spacing.NOTE_REACH));
    }

    /** The width of a participant's header box. */
    static int headerWidth(Participant participant, TextMetrics metrics) {
        return widest(participant.lines(), metrics) + 2 * Spacing.HEADER_PAD_X;
    }

    static int widest(List<String> lines, TextMetrics metrics) {
        return lines.stream().mapToInt(metrics::width).max().orElse(0);
    }

    private int[] solve() {
        List<Participant> participants = diagram.participants();
        for (int i = 0; i + 1 < participants.size(); i++) {
            int half = (headerWidth(participants.get(i), metrics) + 1) / 2
                    + (headerWidth(participants.get(i + 1), metrics) + 1) / 2;
            request(i, i + 1, half + Spacing.HEADER_GAP);
        }
        steps(diagram.steps(), 0);
        int[] gaps = new int[participants.size() - 1];
        requests.stream()
                .sorted(Comparator.comparingInt(Request::span))
                .forEachOrdered(request -> meet(request, gaps));
        int[] x = new int[participants.size()];
        x[0] = Spacing.MARGIN + reach(headerWidth(participants.get(0), metrics), depth);
        for (int i = 1; i < x.length; i++) {
            x[i] = x[i - 1] + gaps[i - 1];
        }
        return x;
    }

    private void steps(List<Step> steps, int level) {
        int last = diagram.participants().size() - 1;
        for (Step step : steps) {
            if (step instanceof Step.Message message) {
                int from = diagram.column(message.from());
                int to = diagram.column(message.to());
                request(Math.min(from, to), Math.max(from, to), widest(message.label(), metrics)
                        + 2 * Spacing.LABEL_PAD + 2 * Spacing.LABEL_CLEAR);
            } else if (step instanceof Step.Note note) {
                int first = Math.min(diagram.column(note.first()), diagram.column(note.last()));
                int lastColumn = Math.max(diagram.column(note.first()), diagram.column(note.last()));
                int width = widest(note.text(), metrics) + 2 * Spacing.NOTE_PAD;
                if (first < lastColumn) {
                    request(first, lastColumn, width - 2 * Spacing.NOTE_REACH);
                } else if (first < last) {
                    request(first, first + 1, width + 2 * Spacing.NOTE_SIDE);
                } else {
                    request(first - 1, first, width + 2 * Spacing.NOTE_SIDE);
                }
            } else if (step instanceof Step.Fragment fragment) {
                int inside = 2 * frameReach(level, depth);
                List<Step.Section> sections = fragment.sections();
                request(0, last, tabWidth(fragment) + Spacing.TAB_GAP + metrics.width(guard(sections.get(0)))
                        + Spacing.TAB_PAD - inside);
                for (Step.Section section : sections) {
                    request(0, last, metrics.width(guard(section)) + 2 * Spacing.TAB_PAD - inside);
                    steps(section.steps(), level + 1);
                }
            }
        }
    }

    /** The width of a fragment's corner tab. */
    int tabWidth(Step.Fragment fragment) {
        return metrics.width(fragment.operator().keyword()) + 2 * Spacing.TAB_PAD;
    }

    /** A section's guard as written, in brackets. */
    static String guard(Step.Section section) {
        return "[" + section.guard() + "]";
    }

    private void request(int from, int to, int distance) {
        requests.add(new Request(from, to, distance));
    }

    private static void meet(Request request, int[] gaps) {
        int have = 0;
        for (int i = request.from(); i < request.to(); i++) {
            have += gaps[i];
        }
        int missing = request.distance() - have;
        if (missing <= 0) {
            return;
        }
        int span = request.span();
        for (int i = request.from(); i < request.to(); i++) {
            int share = missing / span + (i - request.from() >= span - missing % span ? 1 : 0);
            gaps[i] += share;
        }
    }

    /** A least distance between the lifelines {@code from} and {@code to} (from &lt; to). */
    private record Request(int from, int to, int distance) {
        int span() {
            return to - from;
        }
    }
}
