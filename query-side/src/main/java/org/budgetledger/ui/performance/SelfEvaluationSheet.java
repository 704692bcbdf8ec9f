package org.budgetledger.ui.performance;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportRow;

/**
 * One scope's 自评表 as the page lays it out, the published way: the budget block (预算执行, 10 points), the
 * year's overall goal, the indicators (90 points) and the total with its grade. It only regroups the rows
 * of the {@code performance-project} / {@code performance-unit} report, so the page, the CSV and the Excel
 * file cannot show different figures.
 */
record SelfEvaluationSheet(String goal, List<BudgetRow> budget, List<IndicatorRow> indicators, String totalWeight,
        String totalScore, String grade) {

    /** A source of money: 年度资金总额 (level 1, which carries the 10 points) or one of its parts. */
    record BudgetRow(String code, String name, int level, String initial, String budget, String spent, String rate,
            String weight, String score, String rule) {
    }

    /** A 三级指标 with its target, result, score and the rule that gave the score. */
    record IndicatorRow(String code, String level1, String level2, String name, String nature, String target, String unit,
            String weight, String actual, String score, String rule, String deviationReason) {
    }

    private static final String FUNDS = "FUNDS_";
    private static final String INDICATOR = "IND:";

    /** The rows of the report whose codes start with {@code prefix} ({@code "<project>:"}, or empty for the unit). */
    static SelfEvaluationSheet of(Report report, String prefix) {
        String goal = "";
        List<BudgetRow> budget = new ArrayList<>();
        List<IndicatorRow> indicators = new ArrayList<>();
        ReportRow total = null;
        for (ReportRow row : report.rows()) {
            if (!row.code().startsWith(prefix)) {
                continue;
            }
            String code = row.code().substring(prefix.length());
            if (code.equals("GOAL")) {
                goal = row.name();
            } else if (code.startsWith(FUNDS)) {
                budget.add(new BudgetRow(code, row.name(), row.level(), cell(row, "initial"), cell(row, "budget"),
                        cell(row, "spent"), cell(row, "rate"), cell(row, "weight"), cell(row, "score"), cell(row, "rule")));
            } else if (code.startsWith(INDICATOR)) {
                indicators.add(new IndicatorRow(code.substring(INDICATOR.length()), cell(row, "level1"), cell(row, "level2"),
                        row.name(), cell(row, "nature"), cell(row, "target"), cell(row, "unit"), cell(row, "weight"),
                        cell(row, "actual"), cell(row, "score"), cell(row, "rule"), cell(row, "deviationReason")));
            } else if (code.equals("TOTAL")) {
                total = row;
            }
        }
        return new SelfEvaluationSheet(goal, budget, indicators, total == null ? "" : cell(total, "weight"),
                total == null ? "" : cell(total, "score"), total == null ? "" : cell(total, "grade"));
    }

    /** A missing figure (no result yet, a rate without a budget) is shown blank. */
    private static String cell(ReportRow row, String key) {
        String value = row.cells().get(key);
        return value == null ? "" : value;
    }
}
