package org.budgetledger.query.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.budgetledger.events.RevenueType;
import org.budgetledger.line.Fund;
import org.budgetledger.query.position.LinePosition;

/**
 * The two-sided summaries, 01 收入支出决算总表 (all money) and 04 财政拨款收入支出决算总表 (fiscal
 * funds), flattened into one list of rows: the income side first, then the expenditure side,
 * each ending with its 总计. Their layouts are fixed: every row is present even when zero.
 */
final class SummaryTables {

    private static final List<Fund> FISCAL_FUNDS = List.of(Fund.GENERAL_BUDGET, Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL);

    private final Names names;

    SummaryTables(Names names) {
        this.names = names;
    }

    /** 01: one amount column over every line, fiscal and unit funds. */
    Table incomeExpenditure(List<LinePosition> lines) {
        List<ReportColumn> columns = List.of(ReportColumn.amount("amount", "金额"));
        List<TableRow> rows = new ArrayList<>();
        rows.add(item(RowCodes.INCOME_GENERAL_BUDGET, "一般公共预算财政拨款收入", columns, incomeOf(lines, Fund.GENERAL_BUDGET)));
        rows.add(item(RowCodes.INCOME_GOVERNMENT_FUND, "政府性基金预算财政拨款收入", columns, incomeOf(lines, Fund.GOVERNMENT_FUND)));
        rows.add(item(RowCodes.INCOME_STATE_CAPITAL, "国有资本经营预算财政拨款收入", columns, incomeOf(lines, Fund.STATE_CAPITAL)));
        rows.add(item(RowCodes.INCOME_HIGHER_LEVEL_SUBSIDY, "上级补助收入", columns, revenueOf(lines, RevenueType.HIGHER_LEVEL_SUBSIDY)));
        rows.add(item(RowCodes.INCOME_BUSINESS, "事业收入", columns, revenueOf(lines, RevenueType.BUSINESS)));
        rows.add(item(RowCodes.INCOME_OPERATING, "经营收入", columns, revenueOf(lines, RevenueType.OPERATING)));
        rows.add(item(RowCodes.INCOME_AFFILIATED_REMITTANCE, "附属单位上缴收入", columns,
                revenueOf(lines, RevenueType.AFFILIATED_REMITTANCE)));
        rows.add(item(RowCodes.INCOME_OTHER, "其他收入", columns, revenueOf(lines, RevenueType.OTHER)));
        long income = sum(lines, LinePosition::incomeFen);
        long opening = sum(lines, LinePosition::carriedInFen);
        // 使用非财政拨款结余 and 结余分配 are part of the layout but not recorded in this version.
        long useOfSurplus = 0;
        rows.add(total(RowCodes.INCOME_TOTAL, "本年收入合计", columns, income));
        rows.add(item(RowCodes.USE_OF_NON_FISCAL_SURPLUS, "使用非财政拨款结余（含专用结余）", columns, useOfSurplus));
        rows.add(item(RowCodes.OPENING_BALANCE, "年初结转和结余", columns, opening));
        rows.add(total(RowCodes.GRAND_TOTAL_INCOME, "总计", columns, income + useOfSurplus + opening));

        Map<String, long[]> byClass = new HashMap<>();
        for (LinePosition line : lines) {
            byClass.computeIfAbsent(classOf(line), c -> new long[1])[0] += line.spentFen();
        }
        rows.addAll(ExpenditureClasses.rows(byClass, columns, names));
        long spent = sum(lines, LinePosition::spentFen);
        long closing = sum(lines, LinePosition::closingFen);
        long surplusDistribution = 0;
        rows.add(total(RowCodes.EXPENDITURE_TOTAL, "本年支出合计", columns, spent));
        rows.add(item(RowCodes.SURPLUS_DISTRIBUTION, "结余分配", columns, surplusDistribution));
        rows.add(item(RowCodes.CLOSING_BALANCE, "年末结转和结余", columns, closing));
        rows.add(total(RowCodes.GRAND_TOTAL_EXPENDITURE, "总计", columns, spent + surplusDistribution + closing));
        return new Table(columns, rows);
    }

    /**
     * 04: fiscal lines only, a column per fiscal fund and their total. Income rows show each
     * fund's income in its own column too, so every row reads across the same way.
     */
    Table fiscal(List<LinePosition> lines) {
        List<LinePosition> fiscal = lines.stream().filter(line -> line.line().fund().isFiscal()).toList();
        List<ReportColumn> columns = List.of(
                ReportColumn.amount("total", "合计"),
                ReportColumn.amount("generalBudget", Fund.GENERAL_BUDGET.label()),
                ReportColumn.amount("governmentFund", Fund.GOVERNMENT_FUND.label()),
                ReportColumn.amount("stateCapital", Fund.STATE_CAPITAL.label()));
        long[] income = byFund(fiscal, LinePosition::incomeFen);
        long[] opening = byFund(fiscal, LinePosition::carriedInFen);
        long[] spent = byFund(fiscal, LinePosition::spentFen);
        long[] closing = byFund(fiscal, LinePosition::closingFen);

        List<TableRow> rows = new ArrayList<>();
        rows.add(TableRow.amounts(RowCodes.INCOME_GENERAL_BUDGET, Fund.GENERAL_BUDGET.label(), 1, columns,
                onlyFund(income, 0)));
        rows.add(TableRow.amounts(RowCodes.INCOME_GOVERNMENT_FUND, Fund.GOVERNMENT_FUND.label(), 1, columns,
                onlyFund(income, 1)));
        rows.add(TableRow.amounts(RowCodes.INCOME_STATE_CAPITAL, Fund.STATE_CAPITAL.label(), 1, columns,
                onlyFund(income, 2)));
        rows.add(TableRow.amounts(RowCodes.INCOME_TOTAL, "本年收入合计", 0, columns, income));
        rows.add(TableRow.amounts(RowCodes.OPENING_BALANCE, "年初财政拨款结转和结余", 1, columns, opening));
        rows.add(TableRow.amounts(RowCodes.OPENING_GENERAL_BUDGET, Fund.GENERAL_BUDGET.label(), 2, columns,
                onlyFund(opening, 0)));
        rows.add(TableRow.amounts(RowCodes.OPENING_GOVERNMENT_FUND, Fund.GOVERNMENT_FUND.label(), 2, columns,
                onlyFund(opening, 1)));
        rows.add(TableRow.amounts(RowCodes.OPENING_STATE_CAPITAL, Fund.STATE_CAPITAL.label(), 2, columns,
                onlyFund(opening, 2)));
        rows.add(TableRow.amounts(RowCodes.GRAND_TOTAL_INCOME, "总计", 0, columns, plus(income, opening)));

        Map<String, long[]> byClass = new HashMap<>();
        for (LinePosition line : fiscal) {
            long[] figures = byClass.computeIfAbsent(classOf(line), c -> new long[columns.size()]);
            figures[0] += line.spentFen();
            figures[1 + FISCAL_FUNDS.indexOf(line.line().fund())] += line.spentFen();
        }
        rows.addAll(ExpenditureClasses.rows(byClass, columns, names));
        rows.add(TableRow.amounts(RowCodes.EXPENDITURE_TOTAL, "本年支出合计", 0, columns, spent));
        rows.add(TableRow.amounts(RowCodes.CLOSING_BALANCE, "年末财政拨款结转和结余", 1, columns, closing));
        rows.add(TableRow.amounts(RowCodes.CLOSING_GENERAL_BUDGET, Fund.GENERAL_BUDGET.label(), 2, columns,
                onlyFund(closing, 0)));
        rows.add(TableRow.amounts(RowCodes.CLOSING_GOVERNMENT_FUND, Fund.GOVERNMENT_FUND.label(), 2, columns,
                onlyFund(closing, 1)));
        rows.add(TableRow.amounts(RowCodes.CLOSING_STATE_CAPITAL, Fund.STATE_CAPITAL.label(), 2, columns,
                onlyFund(closing, 2)));
        rows.add(TableRow.amounts(RowCodes.GRAND_TOTAL_EXPENDITURE, "总计", 0, columns, plus(spent, closing)));
        return new Table(columns, rows);
    }

    private static TableRow item(String code, String name, List<ReportColumn> columns, long fen) {
        return TableRow.amounts(code, name, 1, columns, fen);
    }

    private static TableRow total(String code, String name, List<ReportColumn> columns, long fen) {
        return TableRow.amounts(code, name, 0, columns, fen);
    }

    private static String classOf(LinePosition line) {
        return line.line().functionCode().substring(0, 3);
    }

    private static long incomeOf(List<LinePosition> lines, Fund fund) {
        return lines.stream().filter(line -> line.line().fund() == fund).mapToLong(LinePosition::incomeFen).sum();
    }

    private static long revenueOf(List<LinePosition> lines, RevenueType type) {
        return lines.stream().filter(line -> line.line().fund() == Fund.UNIT_FUNDS)
                .mapToLong(line -> line.revenueFen().getOrDefault(type, 0L)).sum();
    }

    private static long sum(List<LinePosition> lines, ToLongFunction<LinePosition> figure) {
        return lines.stream().mapToLong(figure).sum();
    }

    /** {total, general budget, government fund, state capital}. */
    private static long[] byFund(List<LinePosition> fiscalLines, ToLongFunction<LinePosition> figure) {
        long[] values = new long[1 + FISCAL_FUNDS.size()];
        for (LinePosition line : fiscalLines) {
            long value = figure.applyAsLong(line);
            values[0] += value;
            values[1 + FISCAL_FUNDS.indexOf(line.line().fund())] += value;
        }
        return values;
    }

    /** A row holding one fund's figure in its own column and in the total column. */
    private static long[] onlyFund(long[] byFund, int fundIndex) {
        long[] values = new long[byFund.length];
        values[0] = byFund[1 + fundIndex];
        values[1 + fundIndex] = byFund[1 + fundIndex];
        return values;
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = a.clone();
        Measure.addTo(sum, b);
        return sum;
    }
}
