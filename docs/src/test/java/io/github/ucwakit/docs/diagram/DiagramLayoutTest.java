package io.github.ucwakit.docs.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout keeps every text, box and arrow apart whatever the diagram: seeded random diagrams (seed printed,
 * {@code -Ducwakit.diagram.seed=N} to replay one run), and hand-made cases at the edges.
 */
class DiagramLayoutTest {

    private static final long SEED = Long.getLong("ucwakit.diagram.seed", 20261206L);
    private static final int DIAGRAMS = 500;

    private final DiagramLayout layout = new DiagramLayout(TextMetrics.DEFAULT);

    @Test
    void randomDiagramsLayOutWithNothingOverAnother() {
        System.out.println("DiagramLayoutTest seed " + SEED + " (-Ducwakit.diagram.seed=" + SEED + ")");
        RandomDiagrams diagrams = new RandomDiagrams(SEED);
        for (int i = 0; i < DIAGRAMS; i++) {
            SequenceDiagram diagram = diagrams.next();
            Layout laid = layout.layout(diagram);
            assertThat(LayoutFaults.of(laid)).as("diagram %d of seed %d", i, SEED).isEmpty();
            assertThat(layout.layout(diagram)).as("the same diagram, the same layout").isEqualTo(laid);
        }
    }

    @Test
    void theFaultFinderSeesTextsOverOneAnotherAndOutsideTheDrawing() {
        SequenceDiagram diagram = diagram(message("a", "b", "m"));
        Shape.Text one = new Shape.Text(Shape.Role.LABEL, "one", 10, 22, 22, new Rect(6, 10, 30, 16));
        Shape.Text two = new Shape.Text(Shape.Role.GUARD, "[two]", 30, 30, TextMetrics.DEFAULT.width("[two]"),
                new Rect(30, 18, 36, 16));
        Layout faulty = new Layout(diagram, TextMetrics.DEFAULT, 60, 100, List.of(one, two));
        assertThat(LayoutFaults.of(faulty)).containsExactly(
                "LABEL 'one' Rect[x=6, y=10, width=30, height=16] overlaps GUARD '[two]' Rect[x=30, y=18, width=36,"
                        + " height=16]",
                "GUARD '[two]' Rect[x=30, y=18, width=36, height=16] is outside the drawing Rect[x=0, y=0, width=60,"
                        + " height=100]");
    }

    @Test
    void aLongLabelWidensEveryGapItSpans() {
        SequenceDiagram narrow = diagram(message("a", "c", "x"));
        SequenceDiagram wide = diagram(message("a", "c", "x".repeat(200)));
        int[] before = lifelines(layout.layout(narrow));
        int[] after = lifelines(layout.layout(wide));
        assertThat(after[2] - after[0]).isGreaterThanOrEqualTo(TextMetrics.DEFAULT.width("x".repeat(200)));
        assertThat(after[1] - after[0]).isGreaterThan(before[1] - before[0]);
        assertThat(after[2] - after[1]).isGreaterThan(before[2] - before[1]);
    }

    @Test
    void aNoteBesideTheLastLifelineStaysInsideTheFrames() {
        SequenceDiagram diagram = diagram(new Step.Fragment(Step.Operator.LOOP, List.of(new Step.Section("always",
                List.of(new Step.Note("c", "c", List.of("a note of some length beside the last one")))))));
        Layout laid = layout.layout(diagram);
        assertThat(LayoutFaults.of(laid)).isEmpty();
        Rect frame = laid.shapes(Shape.Box.class).stream().filter(b -> b.role() == Shape.Role.FRAME).findFirst()
                .orElseThrow().bounds();
        Rect note = laid.shapes(Shape.Box.class).stream().filter(b -> b.role() == Shape.Role.NOTE).findFirst()
                .orElseThrow().bounds();
        assertThat(frame.contains(note)).isTrue();
    }

    @Test
    void badDiagramsAreRefusedWithTheirFault() {
        assertThatThrownBy(() -> diagram(message("a", "z", "to nobody")))
                .hasMessage("no participant z");
        assertThatThrownBy(() -> message("a", "a", "to itself"))
                .hasMessage("a message from a to itself");
        assertThatThrownBy(() -> message("a", "b", "two\nlines"))
                .hasMessageContaining("control character");
        assertThatThrownBy(() -> new Step.Fragment(Step.Operator.LOOP, List.of(
                new Step.Section("one", List.of(message("a", "b", "m"))),
                new Step.Section("two", List.of(message("a", "b", "m"))))))
                .hasMessage("a loop fragment has one section");
        assertThatThrownBy(() -> new SequenceDiagram("t", "d", List.of(Participant.of("a", "A", "a")), List.of()))
                .hasMessage("a sequence diagram needs two participants");
    }

    private static SequenceDiagram diagram(Step... steps) {
        return new SequenceDiagram("title", "description.",
                List.of(Participant.of("a", "A", "first"), Participant.of("b", "B", "second"),
                        Participant.of("c", "C", "third")),
                List.of(steps));
    }

    private static Step message(String from, String to, String label) {
        return new Step.Message(from, to, Step.Kind.REQUEST, List.of(label));
    }

    private static int[] lifelines(Layout laid) {
        return laid.shapes(Shape.Line.class).stream().filter(l -> l.x1() == l.x2()).mapToInt(Shape.Line::x1)
                .toArray();
    }
}
