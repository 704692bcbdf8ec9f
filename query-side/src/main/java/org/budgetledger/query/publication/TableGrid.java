package org.budgetledger.query.publication;

import java.util.List;

/**
 * A report laid out as a grid of printed cells, independent of the document format: the header
 * rows with their merged cells, then the body rows, over a fixed number of grid columns. Kept apart
 * from the Word writer so that the layout of each published table can be tested as plain data.
 *
 * @param columnWeights the relative width of each grid column (a code column is narrow, a name wide)
 */
record TableGrid(List<Integer> columnWeights, List<List<GridCell>> headerRows, List<List<GridCell>> bodyRows) {

    TableGrid {
        columnWeights = List.copyOf(columnWeights);
        headerRows = headerRows.stream().map(List::copyOf).toList();
        bodyRows = bodyRows.stream().map(List::copyOf).toList();
    }

    int columnCount() {
        return columnWeights.size();
    }

    /** How a vertically merged header cell continues. */
    enum VerticalMerge {
        NONE,
        /** The top cell of a merge: it holds the text. */
        START,
        /** A cell under a START: printed as part of it. */
        CONTINUE
    }

    /** What a cell holds, which decides its alignment and weight. */
    enum Role {
        HEADER,
        CODE,
        NAME,
        FIGURE
    }

    /**
     * One printed cell.
     *
     * @param colspan the grid columns it covers
     * @param indent the indentation steps of a name (款 one step under its 类, 项 two)
     * @param bold totals print bold, as in the published tables
     */
    record GridCell(String text, int colspan, VerticalMerge merge, Role role, int indent, boolean bold) {

        static GridCell header(String text) {
            return new GridCell(text, 1, VerticalMerge.NONE, Role.HEADER, 0, true);
        }

        static GridCell header(String text, int colspan) {
            return new GridCell(text, colspan, VerticalMerge.NONE, Role.HEADER, 0, true);
        }

        static GridCell headerSpanningDown(String text) {
            return new GridCell(text, 1, VerticalMerge.START, Role.HEADER, 0, true);
        }

        static GridCell headerContinued() {
            return new GridCell("", 1, VerticalMerge.CONTINUE, Role.HEADER, 0, true);
        }

        static GridCell code(String text) {
            return new GridCell(text, 1, VerticalMerge.NONE, Role.CODE, 0, false);
        }

        static GridCell name(String text, int indent, boolean bold) {
            return new GridCell(text, 1, VerticalMerge.NONE, Role.NAME, indent, bold);
        }

        static GridCell figure(String text, boolean bold) {
            return new GridCell(text, 1, VerticalMerge.NONE, Role.FIGURE, 0, bold);
        }

        static GridCell blank(Role role) {
            return new GridCell("", 1, VerticalMerge.NONE, role, 0, false);
        }
    }
}
