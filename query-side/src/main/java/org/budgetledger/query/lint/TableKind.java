package org.budgetledger.query.lint;

import java.util.List;
import org.budgetledger.query.report.ReportId;

/**
 * The published tables the reader recognises: their public number, the titles they are printed
 * under (批复表 and 明细 variants are normalised away) and, for the tables by function code, their
 * value columns in printed order, keyed as the ledger's reports key them.
 */
enum TableKind {
    T01("01", ReportId.INCOME_EXPENDITURE_SUMMARY, List.of("收入支出决算总表", "收入支出决算表"), List.of("amount")),
    T02("02", ReportId.INCOME, List.of("收入决算表"), List.of("total", "fiscal", "higherLevelSubsidy", "business", "operating",
            "affiliatedRemittance", "other")),
    T03("03", ReportId.EXPENDITURE, List.of("支出决算表"), List.of("total", "basic", "project", "remittanceToHigherLevel",
            "operating", "subsidyToAffiliates")),
    T04("04", ReportId.FISCAL_SUMMARY, List.of("财政拨款收入支出决算总表", "财政拨款收入支出决算表"),
            List.of("total", "generalBudget", "governmentFund", "stateCapital")),
    T05("05", ReportId.GENERAL_BUDGET_EXPENDITURE, List.of("一般公共预算财政拨款支出决算表", "一般公共预算财政拨款收入支出决算表"),
            FundColumns.LIST),
    T06("06", ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, List.of("一般公共预算财政拨款基本支出决算表"), List.of("amount")),
    T07("07", ReportId.GOVERNMENT_FUND, List.of("政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出决算表"),
            FundColumns.LIST),
    T08("08", ReportId.STATE_CAPITAL, List.of("国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"),
            FundColumns.LIST);

    /** The columns of 05, 07 and 08 (a holder: an enum constant cannot read a static field of its own type). */
    private static final class FundColumns {
        static final List<String> LIST = List.of("openingTotal", "openingBasic", "openingProject", "incomeTotal",
                "incomeBasic", "incomeProject", "expenditureTotal", "expenditureBasic", "expenditureProject", "closingTotal",
                "closingBasic", "closingProjectCarryOver", "closingProjectSurplus");
    }

    private final String number;
    private final ReportId report;
    private final List<String> titles;
    private final List<String> columns;

    TableKind(String number, ReportId report, List<String> titles, List<String> columns) {
        this.number = number;
        this.report = report;
        this.titles = titles;
        this.columns = columns;
    }

    String number() {
        return number;
    }

    ReportId report() {
        return report;
    }

    List<String> columns() {
        return columns;
    }

    /** Rows are function codes (类/款/项) with one figure per column. */
    boolean byFunction() {
        return this == T02 || this == T03 || this == T05 || this == T07 || this == T08;
    }

    boolean fundTable() {
        return this == T05 || this == T07 || this == T08;
    }

    /** The table a title line announces, if any. */
    static TableKind ofTitle(String line) {
        String normalised = normaliseTitle(line);
        for (TableKind kind : values()) {
            if (kind.titles.contains(normalised)) {
                return kind;
            }
        }
        return null;
    }

    private static final List<String> ORDINALS = List.of("一", "二", "三", "四", "五", "六", "七", "八");

    /**
     * The table a numbered heading announces, "三、支出决算表", when its number is the table's own:
     * a document may print each table under the numbered heading of its 目录. The caller tells a
     * heading from an entry of the 目录.
     */
    static TableKind ofNumberedTitle(String line) {
        String stripped = line.strip();
        int comma = stripped.indexOf('、');
        if (comma <= 0) {
            return null;
        }
        int number = ORDINALS.indexOf(stripped.substring(0, comma)) + 1;
        TableKind kind = ofTitle(stripped.substring(comma + 1));
        return kind != null && Integer.parseInt(kind.number) == number ? kind : null;
    }

    /**
     * A title without spaces, quotes, 批复 and 明细: "一般公共预算财政拨款基本支出决算明细批复表" is the title of 06. A line of
     * the table of contents ("- 一、收入支出决算总表") keeps its numbering and is not a title.
     */
    static String normaliseTitle(String line) {
        return line.replaceAll("[\\s“”\"]", "").replace("批复", "").replace("明细", "");
    }
}
