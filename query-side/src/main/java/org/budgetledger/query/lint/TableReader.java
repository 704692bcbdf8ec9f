package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.budgetledger.query.report.ExpenditureClasses;

/**
 * Reads the printed tables 01–08 out of the document's lines. A table starts at its title and ends
 * at the next title or part heading (第三部分). Rows are recognised by their codes (function codes
 * in 02, 03, 05, 07, 08; economic codes in 06) or by their printed labels (01, 04), never by their
 * position on the page, and each row's figures are put in their columns by {@link ColumnAligner}.
 */
final class TableReader {

    private static final Pattern FUNCTION_CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("3\\d{2}(\\d{2})?");
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
    private static final Pattern NUMBERING = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern OTHER_TABLE_HEADING = Pattern.compile("^([一二三四五六七八九十]+、|附表\\s*\\d)");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern EMPTY_STATEMENT = Pattern.compile("空表|(没有|无)[^。]{0,30}(政府性基金|国有资本经营)");
    private static final Map<String, String> INCOME_LABELS = Map.ofEntries(
            Map.entry("一般公共预算财政拨款收入", "INCOME_GENERAL_BUDGET"), Map.entry("政府性基金预算财政拨款收入", "INCOME_GOVERNMENT_FUND"),
            Map.entry("国有资本经营预算财政拨款收入", "INCOME_STATE_CAPITAL"), Map.entry("上级补助收入", "INCOME_HIGHER_LEVEL_SUBSIDY"),
            Map.entry("事业收入", "INCOME_BUSINESS"), Map.entry("经营收入", "INCOME_OPERATING"),
            Map.entry("附属单位上缴收入", "INCOME_AFFILIATED_REMITTANCE"), Map.entry("其他收入", "INCOME_OTHER"),
            Map.entry("本年收入合计", "INCOME_TOTAL"), Map.entry("使用非财政拨款结余", "USE_OF_NON_FISCAL_SURPLUS"),
            Map.entry("年初结转和结余", "OPENING_BALANCE"), Map.entry("本年支出合计", "EXPENDITURE_TOTAL"),
            Map.entry("结余分配", "SURPLUS_DISTRIBUTION"), Map.entry("年末结转和结余", "CLOSING_BALANCE"));
    private static final Map<String, String> FUND_LABELS = Map.of("一般公共预算财政拨款", "GENERAL_BUDGET",
            "政府性基金预算财政拨款", "GOVERNMENT_FUND", "国有资本经营预算财政拨款", "STATE_CAPITAL");

    private TableReader() {
    }

    static List<PublishedTable> read(List<String> lines) {
        List<int[]> spans = new ArrayList<>();
        List<TableKind> kinds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TableKind kind = TableKind.ofTitle(lines.get(i));
            if (kind == null && heading(lines, i)) {
                kind = TableKind.ofNumberedTitle(lines.get(i));
            }
            if (kind != null) {
                if (!spans.isEmpty()) {
                    spans.get(spans.size() - 1)[1] = Math.min(spans.get(spans.size() - 1)[1], i - 1);
                }
                spans.add(new int[] {i, lines.size() - 1});
                kinds.add(kind);
            } else if (!spans.isEmpty() && (PART_HEADING.matcher(lines.get(i).strip()).matches()
                    || (OTHER_TABLE_HEADING.matcher(lines.get(i).strip()).find() && heading(lines, i)))) {
                // A part, or the heading of a table the reader does not know (09 三公, a 附表), ends the table.
                spans.get(spans.size() - 1)[1] = Math.min(spans.get(spans.size() - 1)[1], i - 1);
            }
        }
        List<PublishedTable> tables = new ArrayList<>();
        for (int t = 0; t < spans.size(); t++) {
            tables.add(table(kinds.get(t), lines, spans.get(t)[0], spans.get(t)[1]));
        }
        return tables;
    }

    /**
     * Whether a line is a table's heading rather than an entry of the 目录: a heading is followed
     * within three lines by the table's 部门 or 金额单位 line, an entry by the next entry or part.
     */
    private static boolean heading(List<String> lines, int at) {
        for (int i = at + 1; i < lines.size() && i <= at + 3; i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("部门") || line.contains("金额单位")) {
                return true;
            }
            if (NUMBERING.matcher(line).find() || PART_HEADING.matcher(line).matches()) {
                return false;
            }
        }
        return false;
    }

    /** The lines (0-based) inside some table, which the narrative reader leaves alone. */
    static boolean[] tableLines(List<String> lines, List<PublishedTable> tables) {
        boolean[] inside = new boolean[lines.size()];
        for (PublishedTable table : tables) {
            for (int i = table.titleLine() - 1; i <= table.lastLine() - 1 && i < inside.length; i++) {
                inside[i] = true;
            }
        }
        return inside;
    }

    private static PublishedTable table(TableKind kind, List<String> lines, int first, int last) {
        List<PublishedRow> rows = new ArrayList<>();
        boolean statesEmpty = false;
        boolean afterOpening = false;
        for (int i = first + 1; i <= last; i++) {
            String line = lines.get(i);
            if (EMPTY_STATEMENT.matcher(line).find() && !line.contains("本表依据")) {
                statesEmpty = true;
            }
            List<String> fields = fields(line);
            switch (kind) {
                case T01 -> rows.addAll(summaryRows(kind, fields, i + 1, line, false));
                case T04 -> {
                    List<PublishedRow> read = summaryRows(kind, fields, i + 1, line, afterOpening);
                    afterOpening |= read.stream().anyMatch(row -> row.code().equals("OPENING_BALANCE"));
                    rows.addAll(read);
                }
                case T06 -> rows.addAll(economicRows(fields, i + 1, line));
                default -> {
                    PublishedRow row = functionRow(kind, fields, i + 1, line);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
        }
        return new PublishedTable(kind, first + 1, last + 1, rows, statesEmpty);
    }

    /** Tab-separated cells as the PDF extraction writes them; runs of spaces when there are no tabs. */
    static List<String> fields(String line) {
        String[] parts = line.contains("\t") ? line.split("\t", -1) : line.strip().split("\\s{2,}|\\s(?=[\\d,.]+(\\s|$))", -1);
        List<String> fields = new ArrayList<>();
        for (String part : parts) {
            fields.add(part.strip());
        }
        return fields;
    }

    private static PublishedRow functionRow(TableKind kind, List<String> fields, int line, String text) {
        String code = null;
        int nameAt = -1;
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (code == null && nameAt < 0 && FUNCTION_CODE.matcher(field).matches()) {
                code = field;
            } else if (nameAt < 0 && CJK.matcher(field).find()) {
                nameAt = i;
            }
        }
        if (nameAt < 0) {
            return null;
        }
        String name = fields.get(nameAt);
        if (code == null) {
            if (!name.equals("合计") && !name.equals("总计")) {
                return null;
            }
            code = "TOTAL";
        }
        List<ColumnAligner.Placed> figures = new ArrayList<>();
        for (int i = nameAt + 1; i < fields.size(); i++) {
            BigDecimal value = Figure.parse(fields.get(i));
            if (value != null) {
                figures.add(new ColumnAligner.Placed(i - nameAt - 1, value));
            }
        }
        if (code.equals("TOTAL") && figures.isEmpty()) {
            // The header's 合计 (a column title), not the total row.
            return null;
        }
        ColumnAligner.Aligned aligned = ColumnAligner.align(kind.columns(), figures, RowIdentity.of(kind));
        return new PublishedRow(code, name, aligned.cells(), line, text, aligned.moved());
    }

    /** 06 prints three code/name/amount groups side by side; each code starts a row of its own. */
    private static List<PublishedRow> economicRows(List<String> fields, int line, String text) {
        List<PublishedRow> rows = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (ECONOMIC_CODE.matcher(field).matches() && i + 1 < fields.size() && CJK.matcher(fields.get(i + 1)).find()) {
                Map<String, BigDecimal> cells = new LinkedHashMap<>();
                BigDecimal value = i + 2 < fields.size() ? Figure.parse(fields.get(i + 2)) : null;
                if (value != null) {
                    cells.put("amount", value);
                }
                rows.add(new PublishedRow(field, fields.get(i + 1), cells, line, text, false));
            } else if (field.equals("人员经费合计") || field.equals("公用经费合计")) {
                Map<String, BigDecimal> cells = new LinkedHashMap<>();
                for (int j = i + 1; j < fields.size() && !CJK.matcher(fields.get(j)).find(); j++) {
                    BigDecimal value = Figure.parse(fields.get(j));
                    if (value != null) {
                        cells.put("amount", value);
                        break;
                    }
                }
                rows.add(new PublishedRow(field.startsWith("人员") ? "PERSONNEL_TOTAL" : "PUBLIC_TOTAL", field, cells, line, text,
                        false));
            }
        }
        return rows;
    }

    /**
     * 01 and 04 print income on the left and expenditure on the right: label, 行次, figures. A row is
     * known by its label; in 04 the fund rows under 年初结转和结余 are that balance's parts.
     */
    private static List<PublishedRow> summaryRows(TableKind kind, List<String> fields, int line, String text,
            boolean afterOpening) {
        List<PublishedRow> rows = new ArrayList<>();
        boolean seenTotal = false;
        for (int i = 0; i < fields.size(); i++) {
            String label = NUMBERING.matcher(fields.get(i)).replaceFirst("").replaceAll("（.*?）|\\(.*?\\)", "");
            if (!CJK.matcher(label).find()) {
                continue;
            }
            String code = summaryCode(kind, label, afterOpening, seenTotal, i == 0);
            seenTotal |= label.equals("总计");
            if (code == null) {
                continue;
            }
            int next = i + 1;
            while (next < fields.size() && !CJK.matcher(fields.get(next)).find()) {
                next++;
            }
            List<String> columns = kind == TableKind.T01 || i == 0 ? List.of(kind == TableKind.T01 ? "amount" : "total")
                    : kind.columns();
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            // The first cell after a label is its 行次 (row number) where the table prints one, then the figures
            // (a figure is printed with its 2 decimals, a 行次 is a whole number).
            int firstFigure = i + 1 < next && ROW_NUMBER.matcher(fields.get(i + 1)).matches() ? i + 2 : i + 1;
            for (int j = firstFigure, c = 0; j < next && c < columns.size(); j++, c++) {
                BigDecimal value = Figure.parse(fields.get(j));
                if (value != null) {
                    cells.put(columns.get(c), value);
                }
            }
            rows.add(new PublishedRow(code, label, cells, line, text, false));
        }
        return rows;
    }

    private static String summaryCode(TableKind kind, String label, boolean afterOpening, boolean seenTotal, boolean left) {
        if (label.equals("总计")) {
            return seenTotal || !left ? "GRAND_TOTAL_EXPENDITURE" : "GRAND_TOTAL_INCOME";
        }
        if (kind == TableKind.T04 && left && FUND_LABELS.containsKey(label)) {
            return (afterOpening ? "OPENING_" : "INCOME_") + FUND_LABELS.get(label);
        }
        String income = INCOME_LABELS.get(label);
        if (income != null) {
            return income;
        }
        for (Map.Entry<String, String> entry : ExpenditureClasses.fixedClasses().entrySet()) {
            if (entry.getValue().equals(label)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
