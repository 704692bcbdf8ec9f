package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identities between printed tables (the ledger's {@code ConsistencyCheck}, on the printed
 * figures), and the rule that an empty 07 or 08 says that it is empty.
 */
final class CrossTableRules {

    private static final Pattern NO_GOVERNMENT_FUND = Pattern.compile("(没有|无)[^。]{0,30}政府性基金");
    private static final Pattern NO_STATE_CAPITAL = Pattern.compile("(没有|无)[^。]{0,30}国有资本经营");

    private final Findings findings;
    private final Map<TableKind, PublishedTable> tables = new EnumMap<>(TableKind.class);

    CrossTableRules(Findings findings, List<PublishedTable> printed) {
        this.findings = findings;
        printed.forEach(table -> tables.putIfAbsent(table.kind(), table));
    }

    /** The figure a table prints, or, for 06's subtotals left blank, what its rows make. */
    Optional<BigDecimal> figure(TableKind kind, String code, String column) {
        PublishedTable table = tables.get(kind);
        if (table == null) {
            return Optional.empty();
        }
        Optional<PublishedRow> row = table.row(code);
        if (kind == TableKind.T06 && (code.equals("PERSONNEL_TOTAL") || code.equals("PUBLIC_TOTAL"))
                && (row.isEmpty() || row.get().blank("amount"))) {
            List<String> parts = code.equals("PERSONNEL_TOTAL") ? List.of("301", "303") : List.of("302", "307", "310", "399");
            return Optional.of(parts.stream().map(part -> table.row(part).map(r -> r.value("amount")).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (row.isEmpty()) {
            // A row a table by function code does not print has no figures; summary rows must be printed to compare.
            return kind.byFunction() && !code.equals("TOTAL") ? Optional.of(BigDecimal.ZERO) : Optional.empty();
        }
        return Optional.of(row.get().value(column));
    }

    Optional<PublishedRow> row(TableKind kind, String code) {
        PublishedTable table = tables.get(kind);
        return table == null ? Optional.empty() : table.row(code);
    }

    void check(String text) {
        compare(TableKind.T01, "INCOME_TOTAL", "amount", TableKind.T02, "TOTAL", "total", "表01 本年收入合计", "表02 本年收入合计");
        compare(TableKind.T01, "EXPENDITURE_TOTAL", "amount", TableKind.T03, "TOTAL", "total", "表01 本年支出合计", "表03 本年支出合计");
        compare(TableKind.T02, "TOTAL", "fiscal", TableKind.T04, "INCOME_TOTAL", "total", "表02 财政拨款收入合计",
                "表04 本年收入合计");
        compare(TableKind.T04, "EXPENDITURE_TOTAL", "generalBudget", TableKind.T05, "TOTAL", "expenditureTotal",
                "表04 一般公共预算财政拨款支出", "表05 本年支出合计");
        compare(TableKind.T05, "TOTAL", "expenditureBasic", TableKind.T06, "BASIC", "amount", "表05 本年基本支出",
                "表06 人员经费合计 + 公用经费合计");
        classes();
        if (allGeneralBudget()) {
            sameRows(TableKind.T03, TableKind.T05, List.of("total:expenditureTotal", "basic:expenditureBasic",
                    "project:expenditureProject"));
        }
        empty(TableKind.T07, NO_GOVERNMENT_FUND, text);
        empty(TableKind.T08, NO_STATE_CAPITAL, text);
    }

    /** 01's and 04's 类 rows against 03's and 05's. */
    private void classes() {
        PublishedTable t01 = tables.get(TableKind.T01);
        PublishedTable t04 = tables.get(TableKind.T04);
        if (t01 != null) {
            t01.rows().stream().filter(row -> row.level() == 1).forEach(row -> compare(TableKind.T01, row.code(), "amount",
                    TableKind.T03, row.code(), "total", "表01 " + row.name(), "表03 " + row.code() + " 合计"));
        }
        if (t04 != null) {
            t04.rows().stream().filter(row -> row.level() == 1).forEach(row -> compare(TableKind.T04, row.code(), "generalBudget",
                    TableKind.T05, row.code(), "expenditureTotal", "表04 " + row.name() + "（一般公共预算财政拨款）",
                    "表05 " + row.code() + " 本年支出"));
        }
    }

    /** With no other fund and no non-fiscal income, 03 and 05 print the same spending, row by row. */
    private boolean allGeneralBudget() {
        PublishedTable t04 = tables.get(TableKind.T04);
        PublishedTable t02 = tables.get(TableKind.T02);
        if (t04 == null || t02 == null || !tables.containsKey(TableKind.T03) || !tables.containsKey(TableKind.T05)) {
            return false;
        }
        PublishedRow total = t02.row("TOTAL").orElse(null);
        return total != null && total.value("total").compareTo(total.value("fiscal")) == 0
                && figure(TableKind.T04, "INCOME_GOVERNMENT_FUND", "total").orElse(BigDecimal.ZERO).signum() == 0
                && figure(TableKind.T04, "INCOME_STATE_CAPITAL", "total").orElse(BigDecimal.ZERO).signum() == 0;
    }

    private void sameRows(TableKind left, TableKind right, List<String> columnPairs) {
        for (PublishedRow row : tables.get(left).rows()) {
            for (String pair : columnPairs) {
                String[] columns = pair.split(":");
                compare(left, row.code(), columns[0], right, row.code(), columns[1],
                        "表" + left.number() + " " + TableRules.label(row) + " " + RowIdentity.LABELS.get(columns[0]),
                        "表" + right.number() + " " + RowIdentity.LABELS.get(columns[1]));
            }
        }
    }

    private void compare(TableKind leftKind, String leftCode, String leftColumn, TableKind rightKind, String rightCode,
            String rightColumn, String leftName, String rightName) {
        Optional<BigDecimal> left = figure(leftKind, leftCode, leftColumn);
        Optional<BigDecimal> right = rightCode.equals("BASIC")
                ? figure(rightKind, "PERSONNEL_TOTAL", "amount").flatMap(p -> figure(rightKind, "PUBLIC_TOTAL", "amount").map(p::add))
                : figure(rightKind, rightCode, rightColumn);
        if (left.isEmpty() || right.isEmpty()) {
            return;
        }
        Severity severity = Figure.difference(left.get(), right.get());
        PublishedRow where = row(leftKind, leftCode).or(() -> row(rightKind, rightCode)).orElse(null);
        findings.add(LintRule.CROSS_TABLE, severity, leftName + " " + Figure.format(left.get()) + " 万元，" + rightName + " "
                + Figure.format(right.get()) + " 万元，两表不一致" + TableRules.rounding(severity), Figure.format(left.get()),
                Figure.format(right.get()), where == null ? tables.get(leftKind).titleLine() : where.line(),
                where == null ? "" : where.text());
    }

    private void empty(TableKind kind, Pattern statement, String text) {
        PublishedTable table = tables.get(kind);
        if (table == null || !table.empty() || table.statesEmpty()) {
            return;
        }
        boolean narrativeSays = statement.matcher(text).find();
        findings.add(LintRule.TABLE_EMPTY_UNEXPLAINED, narrativeSays ? Severity.INFO : Severity.WARNING,
                "表" + kind.number() + " 为空表，表下未说明本单位无此项收支" + (narrativeSays ? "（情况说明中有说明）" : "，全文也未说明"),
                null, null, table.titleLine(), kind.report().title());
    }
}
