package org.budgetledger.query.report;

import java.util.List;
import java.util.function.ToLongFunction;
import org.budgetledger.events.RevenueType;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Nature;
import org.budgetledger.query.position.LinePosition;

/** Tables 02 收入决算表, 03 支出决算表 and 05/07/08 (one fiscal fund's 收入支出决算表), by function code. */
final class FunctionTables {

    private static final String OPENING = "年初结转和结余";
    private static final String INCOME = "本年收入";
    private static final String EXPENDITURE = "本年支出";
    private static final String CLOSING = "年末结转和结余";

    private final Names names;

    FunctionTables(Names names) {
        this.names = names;
    }

    /** 02: every line's 本年收入, fiscal appropriations in one column, unit funds by revenue type. */
    Table income(List<LinePosition> lines) {
        return FunctionRollup.build(lines, List.of(
                measure(ReportColumn.amount("total", "本年收入合计"), LinePosition::incomeFen),
                measure(ReportColumn.amount("fiscal", "财政拨款收入"),
                        line -> line.line().fund().isFiscal() ? line.incomeFen() : 0),
                revenue("higherLevelSubsidy", "上级补助收入", RevenueType.HIGHER_LEVEL_SUBSIDY),
                revenue("business", "事业收入", RevenueType.BUSINESS),
                revenue("operating", "经营收入", RevenueType.OPERATING),
                revenue("affiliatedRemittance", "附属单位上缴收入", RevenueType.AFFILIATED_REMITTANCE),
                revenue("other", "其他收入", RevenueType.OTHER)), names);
    }

    /**
     * 03: every line's spending by nature. The ledger records no remittances to the higher level,
     * operating spending or subsidies to affiliates yet, so those columns stay zero.
     */
    Table expenditure(List<LinePosition> lines) {
        return FunctionRollup.build(lines, List.of(
                measure(ReportColumn.amount("total", "本年支出合计"), LinePosition::spentFen),
                measure(ReportColumn.amount("basic", "基本支出"), line -> ofNature(line, Nature.BASIC, line.spentFen())),
                measure(ReportColumn.amount("project", "项目支出"), line -> ofNature(line, Nature.PROJECT, line.spentFen())),
                measure(ReportColumn.amount("remittanceToHigherLevel", "上缴上级支出"), line -> 0),
                measure(ReportColumn.amount("operating", "经营支出"), line -> 0),
                measure(ReportColumn.amount("subsidyToAffiliates", "对附属单位补助支出"), line -> 0)), names);
    }

    /**
     * 05, 07, 08: the opening balance, income, spending and closing balance of one fiscal fund's
     * lines. Balances are split by kind (basic carry-over, project carry-over and surplus), income
     * and spending by the line's nature.
     */
    Table fiscalFund(List<LinePosition> lines, Fund fund) {
        List<LinePosition> ofFund = lines.stream().filter(line -> line.line().fund() == fund).toList();
        return FunctionRollup.build(ofFund, List.of(
                measure(ReportColumn.groupedAmount("openingTotal", OPENING, "合计"), LinePosition::carriedInFen),
                measure(ReportColumn.groupedAmount("openingBasic", OPENING, "基本支出结转"),
                        LinePosition::carriedInBasicFen),
                measure(ReportColumn.groupedAmount("openingProject", OPENING, "项目支出结转和结余"),
                        line -> line.carriedInProjectCarryOverFen() + line.carriedInProjectSurplusFen()),
                measure(ReportColumn.groupedAmount("incomeTotal", INCOME, "合计"), LinePosition::incomeFen),
                measure(ReportColumn.groupedAmount("incomeBasic", INCOME, "基本支出"),
                        line -> ofNature(line, Nature.BASIC, line.incomeFen())),
                measure(ReportColumn.groupedAmount("incomeProject", INCOME, "项目支出"),
                        line -> ofNature(line, Nature.PROJECT, line.incomeFen())),
                measure(ReportColumn.groupedAmount("expenditureTotal", EXPENDITURE, "合计"), LinePosition::spentFen),
                measure(ReportColumn.groupedAmount("expenditureBasic", EXPENDITURE, "基本支出"),
                        line -> ofNature(line, Nature.BASIC, line.spentFen())),
                measure(ReportColumn.groupedAmount("expenditureProject", EXPENDITURE, "项目支出"),
                        line -> ofNature(line, Nature.PROJECT, line.spentFen())),
                measure(ReportColumn.groupedAmount("closingTotal", CLOSING, "合计"), LinePosition::closingFen),
                measure(ReportColumn.groupedAmount("closingBasic", CLOSING, "基本支出结转"),
                        LinePosition::closingBasicFen),
                measure(ReportColumn.groupedAmount("closingProjectCarryOver", CLOSING, "项目支出结转"),
                        LinePosition::closingProjectCarryOverFen),
                measure(ReportColumn.groupedAmount("closingProjectSurplus", CLOSING, "项目支出结余"),
                        LinePosition::closingProjectSurplusFen)), names);
    }

    private static Measure measure(ReportColumn column, ToLongFunction<LinePosition> value) {
        return new Measure(column, value);
    }

    private static Measure revenue(String key, String label, RevenueType type) {
        return measure(ReportColumn.amount(key, label), line -> line.line().fund() == Fund.UNIT_FUNDS
                ? line.revenueFen().getOrDefault(type, 0L) : 0);
    }

    private static long ofNature(LinePosition line, Nature nature, long value) {
        return line.line().nature() == nature ? value : 0;
    }
}
