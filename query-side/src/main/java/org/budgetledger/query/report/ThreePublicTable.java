package org.budgetledger.query.report;

import static org.budgetledger.events.ThreePublicCategory.OVERSEAS_TRAVEL;
import static org.budgetledger.events.ThreePublicCategory.RECEPTION;
import static org.budgetledger.events.ThreePublicCategory.VEHICLE_OPERATION;
import static org.budgetledger.events.ThreePublicCategory.VEHICLE_PURCHASE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.query.position.LedgerPosition;

/**
 * Table 09 三公经费支出决算表: each category's control budget against the fiscal spending (every
 * fiscal fund, basic and project) on its economic code. This is why its actuals may exceed the
 * basic-only figures of table 06. The statistics sit on the row they describe only.
 */
final class ThreePublicTable {

    private static final List<ReportColumn> COLUMNS = List.of(
            ReportColumn.amount("budget", "预算数"),
            ReportColumn.amount("actual", "决算数"),
            ReportColumn.count("receptionBatches", "接待批次"),
            ReportColumn.count("receptionGuests", "接待人次"),
            ReportColumn.count("vehiclesPurchased", "购置车辆数"));

    private ThreePublicTable() {
    }

    static Table build(LedgerPosition position) {
        ExpenditureStatistics statistics = position.threePublicStatistics() == null
                ? ExpenditureStatistics.NONE : position.threePublicStatistics();
        long[] overseas = figures(position, OVERSEAS_TRAVEL);
        long[] purchase = figures(position, VEHICLE_PURCHASE);
        long[] operation = figures(position, VEHICLE_OPERATION);
        long[] reception = figures(position, RECEPTION);
        long[] vehicles = sum(purchase, operation);
        return new Table(COLUMNS, List.of(
                row(RowCodes.TOTAL, "合计", 0, sum(overseas, vehicles, reception), null, null, null),
                row(RowCodes.OVERSEAS_TRAVEL, OVERSEAS_TRAVEL.label(), 1, overseas, null, null, null),
                row(RowCodes.VEHICLES, "公务用车购置及运行维护费", 1, vehicles, null, null, null),
                row(RowCodes.VEHICLE_PURCHASE, VEHICLE_PURCHASE.label(), 2, purchase,
                        null, null, statistics.vehiclesPurchased()),
                row(RowCodes.VEHICLE_OPERATION, VEHICLE_OPERATION.label(), 2, operation, null, null, null),
                row(RowCodes.RECEPTION, RECEPTION.label(), 1, reception,
                        statistics.receptionBatches(), statistics.receptionGuests(), null)));
    }

    /** The fiscal spending on a category's economic code, from every fiscal line. */
    private static long actualFen(LedgerPosition position, ThreePublicCategory category) {
        return position.lines().stream().filter(line -> line.line().fund().isFiscal())
                .mapToLong(line -> line.spentOnFen(category.economicCode())).sum();
    }

    /** {budget, actual}; a category whose budget was never set has a budget of zero. */
    private static long[] figures(LedgerPosition position, ThreePublicCategory category) {
        return new long[] {position.threePublicBudgetFen().getOrDefault(category, 0L), actualFen(position, category)};
    }

    private static long[] sum(long[]... parts) {
        long[] total = new long[2];
        for (long[] part : parts) {
            Measure.addTo(total, part);
        }
        return total;
    }

    private static TableRow row(String code, String name, int level, long[] budgetAndActual,
            Integer batches, Integer guests, Integer vehicles) {
        Map<String, TableCell> cells = new LinkedHashMap<>();
        cells.put("budget", new TableCell.Amount(budgetAndActual[0]));
        cells.put("actual", new TableCell.Amount(budgetAndActual[1]));
        cells.put("receptionBatches", new TableCell.Count(batches));
        cells.put("receptionGuests", new TableCell.Count(guests));
        cells.put("vehiclesPurchased", new TableCell.Count(vehicles));
        return new TableRow(code, name, level, cells);
    }
}
