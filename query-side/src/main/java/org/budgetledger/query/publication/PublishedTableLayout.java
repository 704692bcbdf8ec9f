package org.budgetledger.query.publication;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.query.publication.TableGrid.GridCell;
import org.budgetledger.query.publication.TableGrid.Role;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportColumn;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.ReportRow;
import org.budgetledger.query.report.ReportXlsxWriter;
import org.budgetledger.query.report.RowCodes;

/**
 * Lays a report out as the published 部门决算 prints it. Most tables are one block of code, name
 * and figure columns (two header levels where columns are grouped); the two summaries 01 and 04
 * print 收入 and 支出 side by side with their totals on the same line; 06 prints 人员经费 and
 * 公用经费 as three blocks of code, name and 决算数 next to each other. Every figure is the string
 * the JSON report gives, a zero amount left blank as the publication prints it.
 */
final class PublishedTableLayout {

    private static final int CODE_WEIGHT = 3;
    private static final int NAME_WEIGHT = 7;
    private static final int FIGURE_WEIGHT = 3;

    private PublishedTableLayout() {
    }

    static TableGrid of(Report report) {
        ReportId id = ReportId.parse(report.report()).orElse(null);
        if (id == ReportId.INCOME_EXPENDITURE_SUMMARY || id == ReportId.FISCAL_SUMMARY) {
            return twoSided(report);
        }
        if (id == ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC) {
            return byEconomicBlocks(report);
        }
        // The published 绩效自评表 print no code: their rows' keys (GOAL, IND:U-OUT-1 …) are the books' own.
        boolean codes = id != ReportId.PERFORMANCE_UNIT && id != ReportId.PERFORMANCE_PROJECT;
        return oneBlock(report, codes);
    }

    private static TableGrid oneBlock(Report report, boolean codes) {
        List<ReportColumn> columns = report.columns();
        boolean twoLevels = columns.stream().anyMatch(column -> column.group() != null);
        List<String> leading = ReportXlsxWriter.codeAndNameHeaders(report);
        if (!codes) {
            leading = leading.subList(1, 2);
        }
        List<GridCell> upper = new ArrayList<>();
        List<GridCell> lower = new ArrayList<>();
        for (String label : leading) {
            upper.add(twoLevels ? GridCell.headerSpanningDown(label) : GridCell.header(label));
            lower.add(GridCell.headerContinued());
        }
        int i = 0;
        while (i < columns.size()) {
            ReportColumn column = columns.get(i);
            if (column.group() == null) {
                upper.add(twoLevels ? GridCell.headerSpanningDown(column.label()) : GridCell.header(column.label()));
                lower.add(GridCell.headerContinued());
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < columns.size() && column.group().equals(columns.get(end + 1).group())) {
                end++;
            }
            upper.add(GridCell.header(column.group(), end - i + 1));
            for (int j = i; j <= end; j++) {
                lower.add(GridCell.header(columns.get(j).heading()));
            }
            i = end + 1;
        }
        List<List<GridCell>> body = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            List<GridCell> cells = new ArrayList<>();
            if (codes) {
                cells.add(GridCell.code(RowCodes.isSummary(row.code()) ? "" : row.code()));
            }
            cells.addAll(nameAndFigures(row, columns));
            body.add(cells);
        }
        List<Integer> weights = new ArrayList<>(codes ? List.of(CODE_WEIGHT, NAME_WEIGHT) : List.of(NAME_WEIGHT));
        weights.addAll(Collections.nCopies(columns.size(), FIGURE_WEIGHT));
        return new TableGrid(weights, twoLevels ? List.of(upper, lower) : List.of(upper), body);
    }

    /**
     * 01 and 04: the income rows (up to the income side's 总计) on the left, the expenditure rows
     * on the right, each side's items from the top and its totals (本年收入合计 / 本年支出合计 and
     * what follows) on the same lines, as the published summaries align them.
     */
    private static TableGrid twoSided(Report report) {
        List<ReportColumn> columns = report.columns();
        List<ReportRow> rows = report.rows();
        int split = indexOf(rows, RowCodes.GRAND_TOTAL_INCOME) + 1;
        List<ReportRow> income = rows.subList(0, split);
        List<ReportRow> expenditure = rows.subList(split, rows.size());
        List<ReportRow> incomeItems = income.subList(0, indexOf(income, RowCodes.INCOME_TOTAL));
        List<ReportRow> incomeTotals = income.subList(incomeItems.size(), income.size());
        List<ReportRow> expenditureItems = expenditure.subList(0, indexOf(expenditure, RowCodes.EXPENDITURE_TOTAL));
        List<ReportRow> expenditureTotals = expenditure.subList(expenditureItems.size(), expenditure.size());

        int side = columns.size() + 1;
        List<GridCell> upper = List.of(GridCell.header("收入", side), GridCell.header("支出", side));
        List<GridCell> lower = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            lower.add(GridCell.header("项目"));
            columns.forEach(column -> lower.add(GridCell.header(column.label())));
        }
        List<List<GridCell>> body = new ArrayList<>();
        pairUp(body, incomeItems, expenditureItems, columns);
        pairUp(body, incomeTotals, expenditureTotals, columns);
        List<Integer> weights = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            weights.add(NAME_WEIGHT);
            weights.addAll(Collections.nCopies(columns.size(), FIGURE_WEIGHT));
        }
        return new TableGrid(weights, List.of(upper, lower), body);
    }

    private static void pairUp(List<List<GridCell>> body, List<ReportRow> left, List<ReportRow> right, List<ReportColumn> columns) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<GridCell> cells = new ArrayList<>();
            cells.addAll(i < left.size() ? nameAndFigures(left.get(i), columns) : blanks(columns.size() + 1));
            cells.addAll(i < right.size() ? nameAndFigures(right.get(i), columns) : blanks(columns.size() + 1));
            body.add(cells);
        }
    }

    /**
     * 06: 人员经费 (301 工资福利支出, 303 对个人和家庭的补助) in the first block, 302 商品和服务支出 in the
     * second and the other 公用经费 classes in the third, as the published table prints them; the
     * two totals on the last line.
     */
    private static TableGrid byEconomicBlocks(Report report) {
        List<ReportColumn> columns = report.columns();
        Predicate<ReportRow> summary = row -> RowCodes.isSummary(row.code());
        List<ReportRow> personnel = report.rows().stream().filter(summary.negate())
                .filter(row -> row.code().startsWith("301") || row.code().startsWith("303")).toList();
        List<ReportRow> goodsAndServices = report.rows().stream().filter(summary.negate())
                .filter(row -> row.code().startsWith("302")).toList();
        List<ReportRow> otherPublic = report.rows().stream().filter(summary.negate())
                .filter(row -> !personnel.contains(row) && !goodsAndServices.contains(row)).toList();
        List<List<ReportRow>> blocks = List.of(personnel, goodsAndServices, otherPublic);

        int block = columns.size() + 2;
        List<GridCell> upper = List.of(GridCell.header("人员经费", block), GridCell.header("公用经费", 2 * block));
        List<GridCell> lower = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            lower.add(GridCell.header("科目编码"));
            lower.add(GridCell.header("科目名称"));
            columns.forEach(column -> lower.add(GridCell.header(column.label())));
        }
        List<List<GridCell>> body = new ArrayList<>();
        int height = blocks.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < height; i++) {
            List<GridCell> cells = new ArrayList<>();
            for (List<ReportRow> rows : blocks) {
                if (i < rows.size()) {
                    cells.add(GridCell.code(rows.get(i).code()));
                    cells.addAll(nameAndFigures(rows.get(i), columns));
                } else {
                    cells.addAll(blanks(block));
                }
            }
            body.add(cells);
        }
        List<GridCell> totals = new ArrayList<>();
        for (String code : List.of(RowCodes.PERSONNEL_TOTAL, RowCodes.PUBLIC_TOTAL)) {
            ReportRow total = report.row(code).orElseThrow();
            totals.add(GridCell.code(""));
            totals.addAll(nameAndFigures(total, columns));
        }
        totals.addAll(blanks(block));
        body.add(totals);
        List<Integer> weights = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            weights.add(CODE_WEIGHT);
            weights.add(NAME_WEIGHT);
            weights.addAll(Collections.nCopies(columns.size(), FIGURE_WEIGHT));
        }
        return new TableGrid(weights, List.of(upper, lower), body);
    }

    /** A row's name, indented by its level (款 under 类, 项 under 款), then its figures. */
    private static List<GridCell> nameAndFigures(ReportRow row, List<ReportColumn> columns) {
        boolean total = row.level() == 0;
        List<GridCell> cells = new ArrayList<>();
        cells.add(GridCell.name(row.name(), Math.max(0, row.level() - 1), total));
        for (ReportColumn column : columns) {
            cells.add(GridCell.figure(column.printed(row.cells().get(column.key())), total));
        }
        return cells;
    }

    private static List<GridCell> blanks(int count) {
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cells.add(GridCell.blank(Role.FIGURE));
        }
        return cells;
    }

    private static int indexOf(List<ReportRow> rows, String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No row " + code + " in the summary table");
    }
}
