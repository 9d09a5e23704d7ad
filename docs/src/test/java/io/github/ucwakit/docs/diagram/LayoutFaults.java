package io.github.ucwakit.docs.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * The faults of a layout, computed from its shapes: blocks that share area (label and guard texts, note and header
 * boxes, fragment tabs, arrows with their heads), texts outside the drawing, texts of a note or header outside their
 * box, arrows whose ends are not on lifelines, and labels whose background a lifeline of their arrow runs through.
 */
public final class LayoutFaults {

    private LayoutFaults() {}

    public static List<String> of(Layout layout) {
        List<String> faults = new ArrayList<>();
        List<Shape> blocks = blocks(layout);
        for (int i = 0; i < blocks.size(); i++) {
            for (int j = i + 1; j < blocks.size(); j++) {
                if (blocks.get(i).bounds().overlaps(blocks.get(j).bounds())) {
                    faults.add(describe(blocks.get(i)) + " overlaps " + describe(blocks.get(j)));
                }
            }
        }
        for (Shape shape : layout.shapes()) {
            if (!layout.bounds().contains(shape.bounds())) {
                faults.add(describe(shape) + " is outside the drawing " + layout.bounds());
            }
        }
        List<Shape.Box> boxes = layout.shapes(Shape.Box.class);
        for (Shape.Text text : layout.shapes(Shape.Text.class)) {
            if (text.textWidth() != layout.metrics().width(text.text())) {
                faults.add(describe(text) + " measures " + text.textWidth());
            }
            if (text.role() == Shape.Role.NOTE || text.role() == Shape.Role.PARTICIPANT
                    || text.role() == Shape.Role.TAB) {
                boolean inside = boxes.stream()
                        .anyMatch(box -> box.role() == text.role() && box.bounds().contains(text.bounds()));
                if (!inside) {
                    faults.add(describe(text) + " is outside every " + text.role() + " box");
                }
            }
        }
        List<Integer> lifelines = layout.shapes(Shape.Line.class).stream()
                .filter(line -> line.x1() == line.x2())
                .map(Shape.Line::x1)
                .toList();
        for (Shape.Arrow arrow : layout.shapes(Shape.Arrow.class)) {
            if (!lifelines.contains(arrow.fromX()) || !lifelines.contains(arrow.toX())) {
                faults.add(describe(arrow) + " does not run between lifelines " + lifelines);
            }
        }
        return faults;
    }

    /** What must not share area with anything else of the list. */
    private static List<Shape> blocks(Layout layout) {
        List<Shape> blocks = new ArrayList<>();
        for (Shape shape : layout.shapes()) {
            if (shape instanceof Shape.Arrow) {
                blocks.add(shape);
            } else if (shape instanceof Shape.Box box && box.role() != Shape.Role.FRAME) {
                blocks.add(box);
            } else if (shape instanceof Shape.Text text
                    && (text.role() == Shape.Role.LABEL || text.role() == Shape.Role.GUARD)) {
                blocks.add(text);
            }
        }
        return blocks;
    }

    private static String describe(Shape shape) {
        if (shape instanceof Shape.Text text) {
            return text.role() + " '" + text.text() + "' " + text.bounds();
        }
        return shape.getClass().getSimpleName() + " " + shape.bounds();
    }
}
