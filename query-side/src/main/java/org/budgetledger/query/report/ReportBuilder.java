package org.budgetledger.query.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.line.Fund;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;

/**
 * Turns a {@link LedgerPosition} into any published table. Pure computation: it reads no
 * events and no database, so the same position always gives the same tables.
 *
 * <p>Every cell is the exact fen total of what it covers, rounded to 万元 on its own. In the
 * function-code tables (02, 03, 05, 07, 08) and the execution tables the {@code TOTAL} row comes
 * first, as the published tables print 合计 above the 类 rows; table 09 also starts with its
 * total; tables 01, 04 and 06 keep the fixed order of the published layout.
 */
public final class ReportBuilder {

    private final FunctionTables functionTables;
    private final SummaryTables summaryTables;
    private final BasicByEconomicTable basicByEconomic;
    private final GeneralCostsTable generalCosts;
    private final ExecutionTables executionTables;
    private final PerformanceTables performanceTables = new PerformanceTables();
    private final PerformanceNarrative performanceNarrative;

    public ReportBuilder(ClassificationCatalogue catalogue) {
        Names names = new Names(catalogue);
        this.functionTables = new FunctionTables(names);
        this.summaryTables = new SummaryTables(names);
        this.basicByEconomic = new BasicByEconomicTable(names);
        this.generalCosts = new GeneralCostsTable(basicByEconomic);
        this.executionTables = new ExecutionTables(names);
        this.performanceNarrative = new PerformanceNarrative(names);
    }

    /** The budget part of the unit's 整体支出绩效自评, as text (performance-unit {@code ?format=text}). */
    public String performanceNarrative(LedgerPosition position) {
        return performanceNarrative.unit(position);
    }

    /** The table for the position; the execution tables cover general-budget lines. */
    public Report build(ReportId id, LedgerPosition position) {
        return build(id, position, Fund.GENERAL_BUDGET);
    }

    /**
     * The table for the position. {@code fund} chooses the lines of the execution tables
     * ({@link ReportId#takesFund()}), null meaning general budget; the other tables fix their
     * funds themselves and ignore it.
     */
    public Report build(ReportId id, LedgerPosition position, Fund fund) {
        return build(id, position, fund, null);
    }

    /**
     * As {@link #build(ReportId, LedgerPosition, Fund)}; {@code projectCode} chooses the project of
     * {@code performance-project} (null: every project with targets) and is ignored by the other tables.
     */
    public Report build(ReportId id, LedgerPosition position, Fund fund, String projectCode) {
        return build(id, position, fund, projectCode, null);
    }

    /**
     * As {@link #build(ReportId, LedgerPosition, Fund, String)}; {@code previousYear} is the
     * position of the unit's previous year when that year is in the books (null otherwise), which
     * {@code general-costs} compares 机关运行经费 with. The other tables ignore it.
     */
    public Report build(ReportId id, LedgerPosition position, Fund fund, String projectCode, LedgerPosition previousYear) {
        Fund chosen = fund == null ? Fund.GENERAL_BUDGET : fund;
        Table table = id == ReportId.PERFORMANCE_PROJECT ? performanceTables.project(position, projectCode)
                : table(id, position, chosen, previousYear);
        return new Report(
                position.ledgerId(),
                id.id(),
                id.number(),
                id.title(),
                Report.AMOUNT_UNIT,
                position.sequence(),
                position.asOf() == null ? null : position.asOf().toString(),
                position.knownAt() == null ? null : position.knownAt().toString(),
                position.unitName(),
                position.fiscalYear(),
                id.takesFund() ? chosen : null,
                table.columns(),
                table.rows().stream().map(TableRow::toReportRow).toList());
    }

    /**
     * Table 01's one column in exact fen, by row code: what a department's breakdown by unit sets
     * side by side, where the difference between the sum of the units and the department must be
     * exact before it is rounded.
     */
    public Map<String, Long> incomeExpenditureSummaryFen(LedgerPosition position) {
        Map<String, Long> amounts = new LinkedHashMap<>();
        table(ReportId.INCOME_EXPENDITURE_SUMMARY, position, Fund.GENERAL_BUDGET).rows()
                .forEach(row -> amounts.put(row.code(), row.fen("amount")));
        return amounts;
    }

    /** 机关运行经费 in fen: the 公用经费合计 of table 06 (302 + 307 + 310 + 399 of general-budget basic spending). */
    public long operatingCostsFen(LedgerPosition position) {
        return generalCosts.operatingCostsFen(position);
    }

    /**
     * The previous year's 机关运行经费 in fen, as {@code general-costs} shows it: from
     * {@code previousYear} (the previous year's position, null when it is not in the books), else
     * from the PRIOR_YEAR statement's {@code OPERATING_COSTS}; null when neither gives it.
     */
    public Long priorYearOperatingCostsFen(LedgerPosition position, LedgerPosition previousYear) {
        return generalCosts.priorOperatingCostsFen(position, previousYear);
    }

    /** The table in exact figures, as {@link ConsistencyCheck} compares them. */
    Table table(ReportId id, LedgerPosition position, Fund fund) {
        return table(id, position, fund, null);
    }

    private Table table(ReportId id, LedgerPosition position, Fund fund, LedgerPosition previousYear) {
        List<LinePosition> lines = position.lines();
        return switch (id) {
            case INCOME_EXPENDITURE_SUMMARY -> summaryTables.incomeExpenditure(lines);
            case INCOME -> functionTables.income(lines);
            case EXPENDITURE -> functionTables.expenditure(lines);
            case FISCAL_SUMMARY -> summaryTables.fiscal(lines);
            case GENERAL_BUDGET_EXPENDITURE -> functionTables.fiscalFund(lines, Fund.GENERAL_BUDGET);
            case GENERAL_BUDGET_BASIC_BY_ECONOMIC -> basicByEconomic.build(lines);
            case GOVERNMENT_FUND -> functionTables.fiscalFund(lines, Fund.GOVERNMENT_FUND);
            case STATE_CAPITAL -> functionTables.fiscalFund(lines, Fund.STATE_CAPITAL);
            case THREE_PUBLIC -> ThreePublicTable.build(position);
            case FUNCTION_EXECUTION -> executionTables.byFunction(lines, fund);
            case PROJECT_EXECUTION -> executionTables.byProject(lines, fund);
            case PERFORMANCE_PROJECT -> performanceTables.project(position, null);
            case PERFORMANCE_UNIT -> performanceTables.unit(position);
            case PROCUREMENT -> ProcurementTable.build(position);
            case GENERAL_COSTS -> generalCosts.build(position, previousYear);
        };
    }
}
