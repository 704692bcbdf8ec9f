package org.budgetledger.query.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Nature;
import org.budgetledger.query.position.LinePosition;

/**
 * The execution tables of the narrative: the year's budget against spending, by function 项
 * (年初预算与决算对比, part 5(三)) or by project (the project self-evaluations). A row appears when
 * any of its amounts is non-zero, so a 项 whose whole initial budget was cut still shows, with
 * 0.00 spent, instead of vanishing as it does from the published tables.
 */
final class ExecutionTables {

    private static final String INITIAL = "initial";
    private static final String INCREASES = "increases";
    private static final String DECREASES = "decreases";
    private static final String TRANSFERS_IN = "transfersIn";
    private static final String TRANSFERS_OUT = "transfersOut";
    private static final String BUDGET = "budget";
    private static final String SPENT = "spent";
    private static final String INITIAL_EXECUTION_PCT = "initialExecutionPct";
    private static final String EXECUTION_PCT = "executionPct";

    /** Every amount a row adds up, in the order of {@link #amounts(LinePosition)}. */
    private static final List<ReportColumn> AMOUNT_COLUMNS = List.of(
            ReportColumn.amount(INITIAL, "年初预算"),
            ReportColumn.amount(INCREASES, "年中追加"),
            ReportColumn.amount(DECREASES, "年中压减"),
            ReportColumn.amount(TRANSFERS_IN, "调剂增加"),
            ReportColumn.amount(TRANSFERS_OUT, "调剂减少"),
            ReportColumn.amount(BUDGET, "全年预算"),
            ReportColumn.amount(SPENT, "支出决算"));
    private static final int INITIAL_INDEX = 0;
    private static final int BUDGET_INDEX = 5;
    private static final int SPENT_INDEX = 6;
    /** The function table shows no transfer columns; its 全年预算 includes the transfers all the same. */
    private static final Set<String> FUNCTION_AMOUNTS = Set.of(INITIAL, INCREASES, DECREASES, BUDGET, SPENT);
    private static final ReportColumn INITIAL_PCT_COLUMN = ReportColumn.percent(INITIAL_EXECUTION_PCT, "完成年初预算%");
    private static final ReportColumn PCT_COLUMN = ReportColumn.percent(EXECUTION_PCT, "完成预算%");

    private final Names names;

    ExecutionTables(Names names) {
        this.names = names;
    }

    /** One row per function 项 of the fund's lines, with 完成年初预算 % before 完成预算 %. */
    Table byFunction(List<LinePosition> lines, Fund fund) {
        List<LinePosition> ofFund = lines.stream().filter(line -> line.line().fund() == fund).toList();
        List<ReportColumn> columns = columns(INITIAL_PCT_COLUMN, PCT_COLUMN).stream()
                .filter(column -> column.kind() != ReportColumn.Kind.AMOUNT || FUNCTION_AMOUNTS.contains(column.key())).toList();
        return table(columns, ofFund, line -> line.line().functionCode(), names::function, 3);
    }

    /**
     * One row per project of the fund's lines, summed over the project's lines, with 完成预算 %
     * (what the self-evaluations state) before 完成年初预算 %.
     */
    Table byProject(List<LinePosition> lines, Fund fund) {
        List<LinePosition> projects = lines.stream()
                .filter(line -> line.line().fund() == fund && line.line().nature() == Nature.PROJECT).toList();
        Map<String, String> projectNames = new TreeMap<>();
        projects.forEach(line -> projectNames.putIfAbsent(line.line().projectCode(), line.line().projectName()));
        List<ReportColumn> columns = columns(PCT_COLUMN, INITIAL_PCT_COLUMN);
        return table(columns, projects, line -> line.line().projectCode(), code -> nameOrEmpty(projectNames.get(code)), 1);
    }

    private static List<ReportColumn> columns(ReportColumn firstPct, ReportColumn secondPct) {
        List<ReportColumn> columns = new ArrayList<>(AMOUNT_COLUMNS);
        columns.add(firstPct);
        columns.add(secondPct);
        return columns;
    }

    private static Table table(List<ReportColumn> columns, List<LinePosition> lines,
            Function<LinePosition, String> groupBy, Function<String, String> nameOf, int level) {
        long[] total = new long[AMOUNT_COLUMNS.size()];
        Map<String, long[]> byGroup = new TreeMap<>();
        for (LinePosition line : lines) {
            long[] values = amounts(line);
            Measure.addTo(total, values);
            Measure.addTo(byGroup.computeIfAbsent(groupBy.apply(line), g -> new long[values.length]), values);
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(row(RowCodes.TOTAL, "合计", 0, columns, total));
        byGroup.forEach((code, values) -> {
            if (!Measure.allZero(values)) {
                rows.add(row(code, nameOf.apply(code), level, columns, values));
            }
        });
        return new Table(columns, rows);
    }

    private static long[] amounts(LinePosition line) {
        return new long[] {line.initialFen(), line.increasesFen(), line.decreasesFen(), line.transfersInFen(),
                line.transfersOutFen(), line.budgetFen(), line.spentFen()};
    }

    private static TableRow row(String code, String name, int level, List<ReportColumn> columns, long[] values) {
        Map<String, TableCell> byKey = new LinkedHashMap<>();
        for (int i = 0; i < AMOUNT_COLUMNS.size(); i++) {
            byKey.put(AMOUNT_COLUMNS.get(i).key(), new TableCell.Amount(values[i]));
        }
        long initial = values[INITIAL_INDEX];
        long budget = values[BUDGET_INDEX];
        long spent = values[SPENT_INDEX];
        byKey.put(INITIAL_EXECUTION_PCT, new TableCell.Ratio(spent, initial));
        byKey.put(EXECUTION_PCT, new TableCell.Ratio(spent, budget));
        Map<String, TableCell> cells = new LinkedHashMap<>();
        columns.forEach(column -> cells.put(column.key(), byKey.get(column.key())));
        return new TableRow(code, name, level, cells);
    }

    private static String nameOrEmpty(String name) {
        return name == null ? "" : name;
    }
}
