package io.github.ucwakit.docs.diagram;

import java.util.List;
import java.util.Objects;

/**
 * A diagram laid out: its size and its shapes in drawing order (boxes under the texts they hold).
 *
 * @param diagram what was laid out
 * @param metrics the metrics its texts were measured with
 */
public record Layout(SequenceDiagram diagram, TextMetrics metrics, int width, int height, List<Shape> shapes) {

    public Layout {
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(metrics, "metrics");
        shapes = List.copyOf(shapes);
    }

    /** The whole drawing area. */
    public Rect bounds() {
        return new Rect(0, 0, width, height);
    }

    /** The shapes of one kind, in drawing order. */
    public <S extends Shape> List<S> shapes(Class<S> kind) {
        return shapes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
