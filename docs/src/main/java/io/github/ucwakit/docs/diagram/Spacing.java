package io.github.ucwakit.docs.diagram;

/** The distances of the layout, in pixels; the horizontal and the vertical pass share them. */
final class Spacing {

    /** Around the whole drawing. */
    static final int MARGIN = 12;
    /** Between the text of a participant's header and its border, left and right. */
    static final int HEADER_PAD_X = 10;
    /** Between the text of a participant's header and its border, above and below. */
    static final int HEADER_PAD_Y = 5;
    /** At least between two participants' headers. */
    static final int HEADER_GAP = 24;
    /** Between a label's text and the edge of its background. */
    static final int LABEL_PAD = 4;
    /** At least between a label's background and each lifeline its arrow ends on. */
    static final int LABEL_CLEAR = 10;
    /** Between a label and the head of its arrow. */
    static final int ARROW_GAP = 3;
    /** Half the height of an arrow's head. */
    static final int HEAD = 4;
    /** Below each step. */
    static final int STEP_GAP = 8;
    /** Between a note's text and its border. */
    static final int NOTE_PAD = 6;
    /** How far a note across lifelines reaches beyond the outer ones (less than {@link #INSET}). */
    static final int NOTE_REACH = 6;
    /** Between a lifeline and a note beside it. */
    static final int NOTE_SIDE = 8;
    /** How far a fragment's frame lies outside the one it is nested in, and the innermost outside the lifelines. */
    static final int INSET = 10;
    /** Between a fragment's keyword and the border of its tab. */
    static final int TAB_PAD = 6;
    /** Between a fragment's tab and the guard beside it. */
    static final int TAB_GAP = 8;
    /** Between a text and the line above it inside a frame. */
    static final int TEXT_DROP = 2;

    private Spacing() {}
}
