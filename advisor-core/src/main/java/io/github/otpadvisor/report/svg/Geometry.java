package io.github.otpadvisor.report.svg;

/** Sizes in pixels shared by the layout and the drawing, so boxes and the rows they sit in agree. */
final class Geometry {
    /** Margin around the picture. */
    static final int PAD = 12;
    /** Horizontal step from a parent to its children. */
    static final int INDENT = 24;
    /** Vertical step from one row to the next; a box is shorter, which leaves a gap. */
    static final int ROW = 28;
    static final int BOX_H = 20;
    /** Space between the pieces of a row (box, badge, strategy, marks). */
    static final int GAP = 8;
    /** The legend wraps at the rows' width but never narrower, so a small tree keeps a short legend. */
    static final int MIN_WRAP = 600 + PAD;

    private Geometry() {
    }
}
