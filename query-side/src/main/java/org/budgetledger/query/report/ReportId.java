package org.budgetledger.query.report;

import java.util.Optional;

/**
 * The tables the ledger publishes. The first nine carry the public number of the reference
 * final accounts (table 09, 三公经费, is told in prose there and numbered here so that it can be
 * asked for like the others); the two execution tables, the two self-evaluation tables (绩效自评表)
 * and the two tables of the 情况说明 (政府采购支出, 一般性支出), which the publication tells in prose,
 * have no number.
 */
public enum ReportId {
    INCOME_EXPENDITURE_SUMMARY("income-expenditure-summary", "01", "收入支出决算总表"),
    INCOME("income", "02", "收入决算表"),
    EXPENDITURE("expenditure", "03", "支出决算表"),
    FISCAL_SUMMARY("fiscal-summary", "04", "财政拨款收入支出决算总表"),
    GENERAL_BUDGET_EXPENDITURE("general-budget-expenditure", "05", "一般公共预算财政拨款支出决算表"),
    GENERAL_BUDGET_BASIC_BY_ECONOMIC("general-budget-basic-by-economic", "06", "一般公共预算财政拨款基本支出决算明细表"),
    GOVERNMENT_FUND("government-fund", "07", "政府性基金预算财政拨款收入支出决算表"),
    STATE_CAPITAL("state-capital", "08", "国有资本经营预算财政拨款收入支出决算表"),
    THREE_PUBLIC("three-public", "09", "三公经费支出决算表"),
    FUNCTION_EXECUTION("function-execution", null, "年初预算与决算对比表"),
    PROJECT_EXECUTION("project-execution", null, "项目支出执行情况表"),
    PERFORMANCE_PROJECT("performance-project", null, "项目支出绩效自评表"),
    PERFORMANCE_UNIT("performance-unit", null, "部门（单位）整体支出绩效自评表"),
    PROCUREMENT("procurement", null, "政府采购支出表"),
    GENERAL_COSTS("general-costs", null, "一般性支出表");

    private final String id;
    private final String number;
    private final String title;

    ReportId(String id, String number, String title) {
        this.id = id;
        this.number = number;
        this.title = title;
    }

    /** The stable id used in paths, such as {@code expenditure}. */
    public String id() {
        return id;
    }

    /** The public number {@code "01"}…{@code "09"}, or {@code null} for the execution tables. */
    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    /**
     * Whether the table is computed for one fund chosen by the caller (the execution tables);
     * every other table fixes its funds itself.
     */
    public boolean takesFund() {
        return this == FUNCTION_EXECUTION || this == PROJECT_EXECUTION;
    }

    /** The table with this id or public number ({@code "03"}, {@code "3"} is not accepted). */
    public static Optional<ReportId> parse(String idOrNumber) {
        if (idOrNumber == null) {
            return Optional.empty();
        }
        String wanted = idOrNumber.trim();
        for (ReportId report : values()) {
            if (report.id.equals(wanted) || wanted.equals(report.number)) {
                return Optional.of(report);
            }
        }
        return Optional.empty();
    }
}
