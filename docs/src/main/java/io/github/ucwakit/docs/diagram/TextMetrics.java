package io.github.ucwakit.docs.diagram;

/**
 * The size of text in the diagram's fixed-width font: every character (code point) advances the same width. The
 * fonts the SVG asks for advance 0.55 (Consolas) to 0.602 (DejaVu Sans Mono, Menlo) of the font size; the measure
 * takes 0.61, so that it never falls short of the text as drawn, rounded up to whole pixels so that the layout is in
 * integers and its bytes the same everywhere.
 */
public final class TextMetrics {

    /** The metrics of the diagrams of the site: 12 pixel text on 16 pixel lines. */
    public static final TextMetrics DEFAULT = new TextMetrics(12, 16);

    /** The advance of a character, in hundredths of the font size. */
    private static final int ADVANCE_PERCENT = 61;

    private final int fontSize;
    private final int lineHeight;

    /**
     * @param fontSize the font size in pixels
     * @param lineHeight the height of a line of text in pixels, at least the font size
     */
    public TextMetrics(int fontSize, int lineHeight) {
        if (fontSize < 1 || lineHeight < fontSize) {
            throw new IllegalArgumentException("font size " + fontSize + " on lines of " + lineHeight);
        }
        this.fontSize = fontSize;
        this.lineHeight = lineHeight;
    }

    public int fontSize() {
        return fontSize;
    }

    public int lineHeight() {
        return lineHeight;
    }

    /** How far the baseline of a line sits below the top of its line box. */
    public int baseline() {
        return (lineHeight + fontSize) / 2 - 1;
    }

    /** The width of one line of text, in whole pixels. */
    public int width(String text) {
        long hundredths = (long) text.codePointCount(0, text.length()) * fontSize * ADVANCE_PERCENT;
        return (int) ((hundredths + 99) / 100);
    }
}
