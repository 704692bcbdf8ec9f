package org.budgetledger.query.publication;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetledger.query.publication.TableGrid.GridCell;
import org.budgetledger.query.publication.TableGrid.Role;
import org.budgetledger.query.publication.TableGrid.VerticalMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link TableGrid} as a Word table across the page: thin borders, the header rows
 * repeated on every page the table runs over, merged header cells, names indented by level and
 * figures right-aligned. The type gets smaller as a table gets wider, so that 05's fifteen columns
 * still fit a landscape page.
 */
final class WordTableWriter {

    private static final int INDENT_STEP = 200;

    private WordTableWriter() {
    }

    static XWPFTable write(XWPFDocument document, TableGrid grid, int widthTwips) {
        int rows = grid.headerRows().size() + grid.bodyRows().size();
        XWPFTable table = document.createTable(rows, grid.columnCount());
        int[] widths = widths(grid.columnWeights(), widthTwips);
        table.setWidth(String.valueOf(widthTwips));
        table.setWidthType(TableWidthType.DXA);
        CTTblGrid columns = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (columns.sizeOfGridColArray() > 0) {
            columns.removeGridCol(0);
        }
        for (int width : widths) {
            columns.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        double points = grid.columnCount() > 12 ? 7 : grid.columnCount() > 8 ? 8 : 9;
        int rowIndex = 0;
        for (List<GridCell> header : grid.headerRows()) {
            XWPFTableRow row = table.getRow(rowIndex++);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            fill(row, header, widths, points);
        }
        for (List<GridCell> body : grid.bodyRows()) {
            XWPFTableRow row = table.getRow(rowIndex++);
            row.setCantSplitRow(true);
            fill(row, body, widths, points);
        }
        return table;
    }

    /** Fills a row of the full grid, then merges the cells a colspan covers into the first of them. */
    private static void fill(XWPFTableRow row, List<GridCell> cells, int[] widths, double points) {
        int column = 0;
        for (int i = 0; i < cells.size(); i++) {
            GridCell cell = cells.get(i);
            XWPFTableCell printed = row.getCell(i);
            int width = 0;
            for (int c = column; c < column + cell.colspan(); c++) {
                width += widths[c];
            }
            CTTcPr properties = printed.getCTTc().isSetTcPr() ? printed.getCTTc().getTcPr() : printed.getCTTc().addNewTcPr();
            CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
            cellWidth.setW(BigInteger.valueOf(width));
            cellWidth.setType(STTblWidth.DXA);
            if (cell.colspan() > 1) {
                properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
                // The grid has a cell per column; a spanning cell replaces the ones it covers.
                for (int extra = 1; extra < cell.colspan(); extra++) {
                    row.removeCell(i + 1);
                }
            }
            if (cell.merge() == VerticalMerge.START) {
                properties.addNewVMerge().setVal(STMerge.RESTART);
            } else if (cell.merge() == VerticalMerge.CONTINUE) {
                properties.addNewVMerge().setVal(STMerge.CONTINUE);
            }
            text(printed, cell, points);
            column += cell.colspan();
        }
    }

    private static void text(XWPFTableCell printed, GridCell cell, double points) {
        printed.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = printed.getParagraphs().get(0);
        paragraph.setSpacingAfter(0);
        paragraph.setAlignment(switch (cell.role()) {
            case HEADER -> ParagraphAlignment.CENTER;
            case FIGURE -> ParagraphAlignment.RIGHT;
            case CODE, NAME -> ParagraphAlignment.LEFT;
        });
        if (cell.role() == Role.NAME && cell.indent() > 0) {
            paragraph.setIndentationLeft(cell.indent() * INDENT_STEP);
        }
        if (cell.text().isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setText(cell.text());
        run.setFontSize(points);
        run.setBold(cell.bold());
    }

    private static int[] widths(List<Integer> weights, int total) {
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[weights.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * weights.get(i) / sum;
        }
        return widths;
    }
}
