package org.budgetledger.query.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.money.Money;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.StatementKind;
import org.budgetledger.query.position.LedgerPosition;

/**
 * 一般性支出表: 会议费 and 培训费 against their control budgets, and 机关运行经费 against its budget
 * and the previous year.
 *
 * <p>会议费 and 培训费 spent are the fiscal spending (every fiscal fund, basic and project) on
 * their economic code, as the 三公 actuals of table 09 are, and as their control budgets limit it.
 * 机关运行经费 is the 公用经费 of basic expenditure, the 公用经费合计 of table 06 itself, so the two
 * tables can never disagree. Its previous year is the previous year's ledger when it is in the
 * books, else the figure the unit stated (PRIOR_YEAR statement), else unknown.
 */
final class GeneralCostsTable {

    private static final List<ReportColumn> COLUMNS = List.of(
            ReportColumn.amount("budget", "预算数"),
            ReportColumn.amount("spent", "决算数"),
            ReportColumn.percent("executionPct", "执行率"),
            ReportColumn.amount("priorYear", "上年决算数"));

    /** The figure of a PRIOR_YEAR statement that states the previous year's 机关运行经费. */
    static final String PRIOR_YEAR_OPERATING_COSTS = "OPERATING_COSTS";

    private final BasicByEconomicTable basicByEconomic;

    GeneralCostsTable(BasicByEconomicTable basicByEconomic) {
        this.basicByEconomic = basicByEconomic;
    }

    /** {@code previousYear}: the position of the unit's previous year, null when it is not in the books. */
    Table build(LedgerPosition position, LedgerPosition previousYear) {
        return new Table(COLUMNS, List.of(
                row(ControlBudgetCategory.MEETING, position, fiscalSpentOn(position, ControlBudgetCategory.MEETING), null),
                row(ControlBudgetCategory.TRAINING, position, fiscalSpentOn(position, ControlBudgetCategory.TRAINING), null),
                row(ControlBudgetCategory.OPERATING_COSTS, position, operatingCostsFen(position),
                        priorOperatingCostsFen(position, previousYear))));
    }

    /** 机关运行经费: table 06's 公用经费合计. */
    long operatingCostsFen(LedgerPosition position) {
        return basicByEconomic.build(position.lines()).fen(RowCodes.PUBLIC_TOTAL, "amount");
    }

    /** The previous year's 机关运行经费 from its ledger, else from the PRIOR_YEAR statement; null when neither says. */
    Long priorOperatingCostsFen(LedgerPosition position, LedgerPosition previousYear) {
        if (previousYear != null) {
            return operatingCostsFen(previousYear);
        }
        Map<String, String> stated = position.statements() == null ? null : position.statements().get(StatementKind.PRIOR_YEAR);
        if (stated == null || stated.get(PRIOR_YEAR_OPERATING_COSTS) == null) {
            return null;
        }
        return Money.parseYuan(stated.get(PRIOR_YEAR_OPERATING_COSTS));
    }

    /** The fiscal spending on the category's economic code, from every fiscal line. */
    private static long fiscalSpentOn(LedgerPosition position, ControlBudgetCategory category) {
        return position.lines().stream().filter(line -> line.line().fund().isFiscal())
                .mapToLong(line -> line.spentOnFen(category.economicCode())).sum();
    }

    private static TableRow row(ControlBudgetCategory category, LedgerPosition position, long spentFen, Long priorFen) {
        Long budgetFen = position.controlBudgetFen() == null ? null : position.controlBudgetFen().get(category);
        Map<String, TableCell> cells = new LinkedHashMap<>();
        cells.put("budget", budgetFen == null ? TableCell.Absent.AMOUNT : new TableCell.Amount(budgetFen));
        cells.put("spent", new TableCell.Amount(spentFen));
        cells.put("executionPct", budgetFen == null ? TableCell.Absent.AMOUNT : new TableCell.Ratio(spentFen, budgetFen));
        cells.put("priorYear", priorFen == null ? TableCell.Absent.AMOUNT : new TableCell.Amount(priorFen));
        return new TableRow(category.name(), category.label(), 1, cells);
    }
}
