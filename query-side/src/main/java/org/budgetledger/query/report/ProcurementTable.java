package org.budgetledger.query.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.ProcurementTotals;

/**
 * 政府采购支出表: what was spent under government procurement, by method, then the total, the
 * part awarded to small and medium enterprises and, of it, to small and micro ones; each with its
 * share of the total. Every fund counts, as the 情况说明 reports the unit's procurement as a whole.
 */
final class ProcurementTable {

    private static final List<ReportColumn> COLUMNS = List.of(
            ReportColumn.amount("amount", "金额"),
            ReportColumn.percent("sharePct", "占政府采购支出总额的比例"));

    private ProcurementTable() {
    }

    static Table build(LedgerPosition position) {
        ProcurementTotals totals = position.procurement() == null ? ProcurementTotals.NONE : position.procurement();
        long total = totals.totalFen();
        return new Table(COLUMNS, List.of(
                row(RowCodes.GOODS, ProcurementMethod.GOODS.label(), 1, totals.byMethodFen().get(ProcurementMethod.GOODS), total),
                row(RowCodes.WORKS, ProcurementMethod.WORKS.label(), 1, totals.byMethodFen().get(ProcurementMethod.WORKS), total),
                row(RowCodes.SERVICES, ProcurementMethod.SERVICES.label(), 1,
                        totals.byMethodFen().get(ProcurementMethod.SERVICES), total),
                row(RowCodes.TOTAL, "合计", 0, total, total),
                row(RowCodes.SME, "授予中小企业合同金额", 1, totals.smeFen(), total),
                row(RowCodes.SMALL_MICRO, "其中：授予小微企业合同金额", 2, totals.smallMicroFen(), total)));
    }

    private static TableRow row(String code, String name, int level, long fen, long totalFen) {
        Map<String, TableCell> cells = new LinkedHashMap<>();
        cells.put("amount", new TableCell.Amount(fen));
        cells.put("sharePct", new TableCell.Ratio(fen, totalFen));
        return new TableRow(code, name, level, cells);
    }
}
