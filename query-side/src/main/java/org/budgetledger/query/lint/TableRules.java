package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.query.report.ExpenditureClasses;

/**
 * The identities inside each printed table: every row's own identities, the roll-up of 项 into 款
 * into 类 into 合计, the summary tables' totals and 06's subtotals. A sum that misses by 0.01 is the
 * rounding note (INFO); more is an ERROR.
 */
final class TableRules {

    private final Findings findings;

    TableRules(Findings findings) {
        this.findings = findings;
    }

    void check(PublishedTable table) {
        switch (table.kind()) {
            case T01 -> summary01(table);
            case T04 -> summary04(table);
            case T06 -> economic(table);
            default -> {
                rows(table);
                rollup(table);
            }
        }
    }

    private void rows(PublishedTable table) {
        List<RowIdentity> identities = RowIdentity.of(table.kind());
        for (PublishedRow row : table.rows()) {
            if (row.realigned()) {
                findings.add(LintRule.TABLE_COLUMNS_REALIGNED, Severity.INFO, "表" + table.kind().number() + " " + label(row)
                        + "：提取的文本中数字错列，按本行勾稽关系读作 " + describe(row), null, null, row.line(), row.text());
            }
            for (RowIdentity identity : identities) {
                BigDecimal expected = identity.expected(column -> RowIdentity.value(row.cells(), column));
                BigDecimal printed = RowIdentity.value(row.cells(), identity.result());
                Severity severity = Figure.difference(printed, expected);
                findings.add(identity.rule(), severity, "表" + table.kind().number() + " " + label(row) + "：" + identity.describe()
                        + " 应为 " + Figure.format(expected) + " 万元，表中为 " + Figure.format(printed) + " 万元"
                        + rounding(severity), Figure.format(printed), Figure.format(expected), row.line(), row.text());
            }
        }
    }

    /** 类 = Σ款, 款 = Σ项 and 合计 = Σ类, column by column, wherever the parts are printed. */
    private void rollup(PublishedTable table) {
        List<PublishedRow> codes = table.rows().stream().filter(row -> row.level() > 0).toList();
        for (PublishedRow parent : table.rows()) {
            List<PublishedRow> children = parent.code().equals("TOTAL")
                    ? codes.stream().filter(row -> row.level() == 1).toList()
                    : codes.stream().filter(row -> row.level() == parent.level() + 1 && row.code().startsWith(parent.code()))
                            .toList();
            if (children.isEmpty() || parent.level() == 3) {
                continue;
            }
            String partName = parent.code().equals("TOTAL") ? "各类" : parent.level() == 1 ? "所属各款" : "所属各项";
            for (String column : table.kind().columns()) {
                BigDecimal sum = children.stream().map(child -> child.value(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal printed = parent.value(column);
                Severity severity = Figure.difference(printed, sum);
                findings.add(LintRule.TABLE_ROLLUP, severity, "表" + table.kind().number() + " " + label(parent) + " "
                        + RowIdentity.LABELS.get(column) + " " + Figure.format(printed) + " 万元，" + partName + "之和为 "
                        + Figure.format(sum) + " 万元" + rounding(severity), Figure.format(printed), Figure.format(sum),
                        parent.line(), parent.text());
            }
        }
    }

    private void summary01(PublishedTable table) {
        Map<String, PublishedRow> rows = byCode(table);
        String column = "amount";
        total(table, rows, "INCOME_TOTAL", List.of("INCOME_GENERAL_BUDGET", "INCOME_GOVERNMENT_FUND", "INCOME_STATE_CAPITAL",
                "INCOME_HIGHER_LEVEL_SUBSIDY", "INCOME_BUSINESS", "INCOME_OPERATING", "INCOME_AFFILIATED_REMITTANCE",
                "INCOME_OTHER"), column, "各项收入之和");
        total(table, rows, "EXPENDITURE_TOTAL", new ArrayList<>(ExpenditureClasses.fixedClasses().keySet()), column, "各类支出之和");
        total(table, rows, "GRAND_TOTAL_INCOME", List.of("INCOME_TOTAL", "USE_OF_NON_FISCAL_SURPLUS", "OPENING_BALANCE"), column,
                "本年收入合计 + 使用非财政拨款结余 + 年初结转和结余");
        total(table, rows, "GRAND_TOTAL_EXPENDITURE", List.of("EXPENDITURE_TOTAL", "SURPLUS_DISTRIBUTION", "CLOSING_BALANCE"),
                column, "本年支出合计 + 结余分配 + 年末结转和结余");
        total(table, rows, "GRAND_TOTAL_EXPENDITURE", List.of("GRAND_TOTAL_INCOME"), column, "收入总计");
    }

    private void summary04(PublishedTable table) {
        Map<String, PublishedRow> rows = byCode(table);
        total(table, rows, "INCOME_TOTAL", List.of("INCOME_GENERAL_BUDGET", "INCOME_GOVERNMENT_FUND", "INCOME_STATE_CAPITAL"),
                "total", "各项财政拨款收入之和");
        total(table, rows, "GRAND_TOTAL_INCOME", List.of("INCOME_TOTAL", "OPENING_BALANCE"), "total",
                "本年收入合计 + 年初财政拨款结转和结余");
        if (rows.keySet().stream().anyMatch(code -> code.startsWith("OPENING_") && !code.equals("OPENING_BALANCE"))) {
            total(table, rows, "OPENING_BALANCE", List.of("OPENING_GENERAL_BUDGET", "OPENING_GOVERNMENT_FUND",
                    "OPENING_STATE_CAPITAL"), "total", "各项年初财政拨款结转和结余之和");
        }
        for (String column : TableKind.T04.columns()) {
            total(table, rows, "EXPENDITURE_TOTAL", new ArrayList<>(ExpenditureClasses.fixedClasses().keySet()), column,
                    "各类支出之和");
            total(table, rows, "GRAND_TOTAL_EXPENDITURE", List.of("EXPENDITURE_TOTAL", "CLOSING_BALANCE"), column,
                    "本年支出合计 + 年末财政拨款结转和结余");
        }
        total(table, rows, "GRAND_TOTAL_EXPENDITURE", List.of("GRAND_TOTAL_INCOME"), "total", "收入总计");
        for (PublishedRow row : table.rows()) {
            if (row.cells().size() > 1 || (row.cells().containsKey("total") && row.level() == 1)) {
                BigDecimal sum = row.value("generalBudget").add(row.value("governmentFund")).add(row.value("stateCapital"));
                Severity severity = Figure.difference(row.value("total"), sum);
                findings.add(LintRule.TABLE_ROW_SUM, severity, "表04 " + label(row) + "：合计 " + Figure.format(row.value("total"))
                        + " 万元，各项财政拨款之和为 " + Figure.format(sum) + " 万元" + rounding(severity),
                        Figure.format(row.value("total")), Figure.format(sum), row.line(), row.text());
            }
        }
    }

    /** 06: each 类 is the sum of its 款; 人员经费 = 301 + 303; 公用经费 = 302 + 307 + 310 + 399. */
    private void economic(PublishedTable table) {
        Map<String, PublishedRow> rows = byCode(table);
        for (PublishedRow parent : table.rows()) {
            if (parent.code().length() != 3) {
                continue;
            }
            List<PublishedRow> items = table.rows().stream()
                    .filter(row -> row.code().length() == 5 && row.code().startsWith(parent.code())).toList();
            if (items.isEmpty()) {
                continue;
            }
            BigDecimal sum = items.stream().map(row -> row.value("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
            Severity severity = Figure.difference(parent.value("amount"), sum);
            findings.add(LintRule.TABLE_ECONOMIC, severity, "表06 " + label(parent) + " " + Figure.format(parent.value("amount"))
                    + " 万元，所属各款之和为 " + Figure.format(sum) + " 万元" + rounding(severity),
                    Figure.format(parent.value("amount")), Figure.format(sum), parent.line(), parent.text());
        }
        subtotal(table, rows, "PERSONNEL_TOTAL", List.of("301", "303"), "301 + 303");
        subtotal(table, rows, "PUBLIC_TOTAL", List.of("302", "307", "310", "399"), "302 + 307 + 310 + 399");
    }

    private void subtotal(PublishedTable table, Map<String, PublishedRow> rows, String code, List<String> parts, String formula) {
        PublishedRow row = rows.get(code);
        if (row == null) {
            return;
        }
        BigDecimal sum = parts.stream().map(part -> rows.containsKey(part) ? rows.get(part).value("amount") : BigDecimal.ZERO)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (row.blank("amount")) {
            if (sum.signum() != 0) {
                findings.add(LintRule.TABLE_TOTAL_BLANK, Severity.WARNING, "表06 " + row.name() + " 未填列；按 " + formula + " 应为 "
                        + Figure.format(sum) + " 万元", "", Figure.format(sum), row.line(), row.text());
            }
            return;
        }
        Severity severity = Figure.difference(row.value("amount"), sum);
        findings.add(LintRule.TABLE_ECONOMIC, severity, "表06 " + row.name() + " " + Figure.format(row.value("amount")) + " 万元，"
                + formula + " 为 " + Figure.format(sum) + " 万元" + rounding(severity), Figure.format(row.value("amount")),
                Figure.format(sum), row.line(), row.text());
    }

    private void total(PublishedTable table, Map<String, PublishedRow> rows, String totalCode, List<String> parts, String column,
            String partsName) {
        PublishedRow total = rows.get(totalCode);
        if (total == null || parts.stream().noneMatch(rows::containsKey)) {
            return;
        }
        BigDecimal sum = parts.stream().map(rows::get).filter(row -> row != null).map(row -> row.value(column))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Severity severity = Figure.difference(total.value(column), sum);
        findings.add(LintRule.TABLE_SUMMARY, severity, "表" + table.kind().number() + " " + total.name()
                + (column.equals("amount") || column.equals("total") ? "" : "（" + RowIdentity.LABELS.get(column) + "）") + " "
                + Figure.format(total.value(column)) + " 万元，" + partsName + "为 " + Figure.format(sum) + " 万元"
                + rounding(severity), Figure.format(total.value(column)), Figure.format(sum), total.line(), total.text());
    }

    static Map<String, PublishedRow> byCode(PublishedTable table) {
        Map<String, PublishedRow> rows = new TreeMap<>();
        table.rows().forEach(row -> rows.putIfAbsent(row.code(), row));
        return rows;
    }

    static String label(PublishedRow row) {
        return row.level() > 0 ? row.code() + " " + row.name() : row.name();
    }

    static String rounding(Severity severity) {
        return severity == Severity.INFO ? "，相差 0.01 万元，属金额单位转换的尾数误差" : "";
    }

    private static String describe(PublishedRow row) {
        StringBuilder text = new StringBuilder();
        row.cells().forEach((column, value) -> text.append(text.length() == 0 ? "" : "，")
                .append(RowIdentity.LABELS.getOrDefault(column, column)).append(" ").append(Figure.format(value)));
        return text.toString();
    }
}
