package org.budgetledger.query.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an Excel workbook laid out like the published table: the title across the
 * table, the year, 编制单位 and 金额单位, the column headers (two levels where the published table
 * has them), then one row per report row. Amounts are numbers with two decimals and thousands
 * separators; a zero figure leaves its cell blank, as the published tables do, and a footnote
 * explains the 尾数误差 of independently rounded cells.
 */
public final class ReportXlsxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final String ROUNDING_NOTE = "注：本套报表金额单位转换时可能存在尾数误差。";

    private static final int CODE_COLUMN = 0;
    private static final int NAME_COLUMN = 1;
    private static final int FIRST_FIGURE_COLUMN = 2;
    // Excel column widths are in 1/256 of a character.
    private static final int CHAR_WIDTH = 256;

    /** Writes the workbook; the stream is not closed. */
    public void write(Report report, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, report, new Styles(workbook));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one workbook holding each report on a sheet of its own, named by its number and title
     * (cut to Excel's 31 characters); the sheets share one set of cell styles, as a workbook holds
     * a limited number of them. The stream is not closed.
     */
    public void write(List<Report> reports, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (Report report : reports) {
                fill(workbook, report, styles);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet name of a report: {@code 01 收入支出决算总表}, cut to Excel's 31 characters. */
    public static String sheetName(Report report) {
        return WorkbookUtil.createSafeSheetName(report.number() == null ? report.title() : report.number() + " " + report.title());
    }

    /** A download name such as {@code ZZJJ-2023-03-expenditure.xlsx}. */
    public String fileName(Report report) {
        return ReportFileNames.of(report, "xlsx");
    }

    private static void fill(Workbook workbook, Report report, Styles styles) {
        Sheet sheet = workbook.createSheet(sheetName(report));
        List<ReportColumn> columns = report.columns();
        int lastColumn = FIRST_FIGURE_COLUMN + columns.size() - 1;

        int rowIndex = 0;
        String title = report.fund() == null ? report.title() : report.title() + "（" + report.fund().label() + "）";
        spanningText(sheet, rowIndex++, lastColumn, title, styles.title);
        spanningText(sheet, rowIndex++, lastColumn, period(report), styles.centered);
        Row unitRow = sheet.createRow(rowIndex);
        text(unitRow, CODE_COLUMN, "编制单位：" + report.unitName(), styles.plain);
        if (lastColumn - 1 > CODE_COLUMN) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, CODE_COLUMN, lastColumn - 1));
        }
        text(unitRow, lastColumn, "金额单位：" + report.amountUnit(), styles.right);
        rowIndex++;

        rowIndex = headers(sheet, rowIndex, report, styles);
        int firstDataRow = rowIndex;
        for (ReportRow reportRow : report.rows()) {
            Row row = sheet.createRow(rowIndex++);
            boolean total = reportRow.level() == 0;
            if (RowCodes.isSummary(reportRow.code())) {
                row.createCell(CODE_COLUMN).setCellStyle(styles.bordered);
            } else {
                text(row, CODE_COLUMN, reportRow.code(), styles.bordered);
            }
            text(row, NAME_COLUMN, reportRow.name(), styles.name(reportRow.level()));
            for (int i = 0; i < columns.size(); i++) {
                ReportColumn column = columns.get(i);
                Cell cell = row.createCell(FIRST_FIGURE_COLUMN + i);
                String value = reportRow.cells().get(column.key());
                if (column.kind() == ReportColumn.Kind.TEXT) {
                    // Words are written as they are: a target such as "≥300" is not a number.
                    cell.setCellStyle(styles.figure(column.kind(), total));
                    if (value != null) {
                        cell.setCellValue(value);
                    }
                } else {
                    figure(cell, value, styles.figure(column.kind(), total));
                }
            }
        }
        text(sheet.createRow(rowIndex), CODE_COLUMN, ROUNDING_NOTE, styles.plain);

        sheet.createFreezePane(FIRST_FIGURE_COLUMN, firstDataRow);
        sheet.setColumnWidth(CODE_COLUMN, 14 * CHAR_WIDTH);
        sheet.setColumnWidth(NAME_COLUMN, 36 * CHAR_WIDTH);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(FIRST_FIGURE_COLUMN + i, 16 * CHAR_WIDTH);
        }
    }

    /** The header rows; returns the index of the first row after them. */
    private static int headers(Sheet sheet, int rowIndex, Report report, Styles styles) {
        List<ReportColumn> columns = report.columns();
        boolean twoLevels = columns.stream().anyMatch(column -> column.group() != null);
        int lastHeaderRow = twoLevels ? rowIndex + 1 : rowIndex;
        Row upper = sheet.createRow(rowIndex);
        Row lower = twoLevels ? sheet.createRow(lastHeaderRow) : upper;
        List<String> labels = codeAndNameHeaders(report);
        text(upper, CODE_COLUMN, labels.get(0), styles.header);
        text(upper, NAME_COLUMN, labels.get(1), styles.header);
        for (int i = 0; i < columns.size(); i++) {
            ReportColumn column = columns.get(i);
            int at = FIRST_FIGURE_COLUMN + i;
            if (column.group() == null) {
                text(upper, at, column.label(), styles.header);
            } else {
                text(upper, at, column.group(), styles.header);
                text(lower, at, column.heading(), styles.header);
            }
        }
        if (twoLevels) {
            // Cells under a vertical merge still need the border style, or the grid shows gaps.
            for (int at = CODE_COLUMN; at < FIRST_FIGURE_COLUMN + columns.size(); at++) {
                if (lower.getCell(at) == null) {
                    lower.createCell(at).setCellStyle(styles.header);
                }
            }
            mergeHeaders(sheet, rowIndex, columns);
        }
        return lastHeaderRow + 1;
    }

    /** Ungrouped headers span both header rows; a run of columns of one group shares its upper cell. */
    private static void mergeHeaders(Sheet sheet, int upperRow, List<ReportColumn> columns) {
        sheet.addMergedRegion(new CellRangeAddress(upperRow, upperRow + 1, CODE_COLUMN, CODE_COLUMN));
        sheet.addMergedRegion(new CellRangeAddress(upperRow, upperRow + 1, NAME_COLUMN, NAME_COLUMN));
        int i = 0;
        while (i < columns.size()) {
            String group = columns.get(i).group();
            int end = i;
            while (group != null && end + 1 < columns.size() && group.equals(columns.get(end + 1).group())) {
                end++;
            }
            int from = FIRST_FIGURE_COLUMN + i;
            int to = FIRST_FIGURE_COLUMN + end;
            if (group == null) {
                sheet.addMergedRegion(new CellRangeAddress(upperRow, upperRow + 1, from, from));
            } else if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(upperRow, upperRow, from, to));
            }
            i = end + 1;
        }
    }

    /**
     * The headers of the code and name columns, worded as the published table of that kind (the
     * Word publication heads its tables the same way).
     */
    public static List<String> codeAndNameHeaders(Report report) {
        ReportId id = ReportId.parse(report.report()).orElseThrow();
        return switch (id) {
            case INCOME_EXPENDITURE_SUMMARY, FISCAL_SUMMARY, THREE_PUBLIC -> List.of("科目编码", "项目");
            case PROJECT_EXECUTION -> List.of("项目编码", "项目名称");
            // Rows of the self-evaluation are the scope's goal, its money and its indicators, under the row's key.
            case PERFORMANCE_UNIT, PERFORMANCE_PROJECT -> List.of("编码", "项目及指标");
            default -> List.of("科目编码", "科目名称");
        };
    }

    private static String period(Report report) {
        StringBuilder period = new StringBuilder().append(report.fiscalYear()).append("年度");
        if (report.asOf() != null) {
            period.append("（截至").append(report.asOf()).append("）");
        }
        if (report.knownAt() != null) {
            period.append("（按").append(report.knownAt()).append("时的记录）");
        }
        return period.toString();
    }

    private static void spanningText(Sheet sheet, int rowIndex, int lastColumn, String value, CellStyle style) {
        text(sheet.createRow(rowIndex), CODE_COLUMN, value, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, CODE_COLUMN, lastColumn));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A number cell, left blank when the figure is absent or zero. */
    private static void figure(Cell cell, String value, CellStyle style) {
        cell.setCellStyle(style);
        if (value == null) {
            return;
        }
        BigDecimal number = new BigDecimal(value);
        if (number.signum() != 0) {
            cell.setCellValue(number.doubleValue());
        }
    }

    /** The cell styles of one workbook (a workbook holds a limited number, so they are shared). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle centered;
        final CellStyle plain;
        final CellStyle right;
        final CellStyle header;
        final CellStyle bordered;
        private final CellStyle[] names = new CellStyle[4];
        private final CellStyle amount;
        private final CellStyle amountTotal;
        private final CellStyle percent;
        private final CellStyle count;
        private final CellStyle wrapped;

        Styles(Workbook workbook) {
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            Font bold = workbook.createFont();
            bold.setBold(true);

            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            centered = workbook.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);
            plain = workbook.createCellStyle();
            right = workbook.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);

            header = boxed(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            bordered = boxed(workbook);
            for (int level = 0; level < names.length; level++) {
                names[level] = boxed(workbook);
                // 款 and 项 rows are indented under their 类, as the published tables do.
                names[level].setIndention((short) Math.max(0, level - 1));
                if (level == 0) {
                    names[level].setFont(bold);
                }
            }
            short amountFormat = workbook.createDataFormat().getFormat("#,##0.00");
            amount = boxed(workbook);
            amount.setDataFormat(amountFormat);
            amountTotal = boxed(workbook);
            amountTotal.setDataFormat(amountFormat);
            amountTotal.setFont(bold);
            percent = boxed(workbook);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            count = boxed(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            wrapped = boxed(workbook);
            wrapped.setWrapText(true);
        }

        CellStyle name(int level) {
            return names[Math.min(level, names.length - 1)];
        }

        CellStyle figure(ReportColumn.Kind kind, boolean total) {
            return switch (kind) {
                case AMOUNT -> total ? amountTotal : amount;
                case PERCENT, POINTS -> percent;
                case COUNT -> count;
                case TEXT -> wrapped;
            };
        }

        private static CellStyle boxed(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
