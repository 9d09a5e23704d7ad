package io.github.ucwakit.docs.diagram;

import java.util.Objects;

/** What the layout of a diagram draws, in drawing order, each with the rectangle it takes. */
public sealed interface Shape permits Shape.Box, Shape.Line, Shape.Arrow, Shape.Text {

    /** What a box or a text is part of, which the SVG names as its class. */
    enum Role {
        PARTICIPANT,
        NOTE,
        FRAME,
        TAB,
        LABEL,
        GUARD
    }

    /** The area the shape covers. */
    Rect bounds();

    /** A rectangle: a participant's header, a note, a fragment's frame or its corner tab. */
    record Box(Role role, Rect bounds) implements Shape {
        public Box {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(bounds, "bounds");
        }
    }

    /** A lifeline (vertical) or the dashed line between two sections of a fragment (horizontal). */
    record Line(int x1, int y1, int x2, int y2, boolean dashed) implements Shape {
        public Line {
            if (x1 != x2 && y1 != y2) {
                throw new IllegalArgumentException("only vertical and horizontal lines");
            }
        }

        @Override
        public Rect bounds() {
            return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
        }
    }

    /** A message's arrow from {@code fromX} to {@code toX} at height {@code y}, its head the size of the bounds. */
    record Arrow(int fromX, int toX, int y, Step.Kind kind, int headHalfHeight) implements Shape {
        public Arrow {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public Rect bounds() {
            return new Rect(Math.min(fromX, toX), y - headHalfHeight, Math.abs(toX - fromX), 2 * headHalfHeight);
        }
    }

    /**
     * One line of text, starting at {@code x} on the baseline {@code baseline}.
     *
     * @param bounds its line box, as wide as the text measures, padding included
     * @param textWidth the width the text measures in the diagram's font
     */
    record Text(Role role, String text, int x, int baseline, int textWidth, Rect bounds) implements Shape {
        public Text {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(bounds, "bounds");
        }
    }
}
