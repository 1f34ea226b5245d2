package io.github.otpadvisor.report.svg;

import static io.github.otpadvisor.report.svg.Geometry.BOX_H;
import static io.github.otpadvisor.report.svg.Geometry.PAD;
import static io.github.otpadvisor.report.svg.Geometry.ROW;

/**
 * The picture's extent: the legend on top, a rule, then the rows, as wide as the wider of the two.
 *
 * @param right  where the widest content ends
 * @param top    where the first row starts
 * @param width  the picture's width, margin included
 * @param height the picture's height, margin included
 */
record Canvas(int right, int top, int width, int height) {
    static Canvas of(TreeLayout layout, int rowsRight, Legend legend) {
        int right = Math.max(rowsRight, legend.right());
        int top = legend.bottom() + 16;
        int rows = layout.rows().size();
        // The last row needs only its box, not the gap below it; each note below the rows needs a row.
        int height = top + (rows + layout.notes().size()) * ROW + PAD - (ROW - BOX_H);
        return new Canvas(right, top, right + PAD, height);
    }

    /** Where row {@code index} starts. */
    int rowY(int index) {
        return top + index * ROW;
    }

    /** Where the rule between the legend (which ends 16 above the rows) and the rows runs. */
    int ruleY() {
        return top - 10;
    }
}
