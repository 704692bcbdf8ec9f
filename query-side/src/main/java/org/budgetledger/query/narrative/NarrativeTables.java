package org.budgetledger.query.narrative;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.line.Fund;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.ReportRow;

/**
 * The published tables of one position, as the HTTP contract prints them. The narrative takes
 * every figure from these printed cells, never from the exact fen behind them, so that text and
 * tables agree to the last digit.
 */
final class NarrativeTables {

    private final Map<ReportId, Report> reports = new EnumMap<>(ReportId.class);

    NarrativeTables(ReportBuilder builder, LedgerPosition position) {
        for (ReportId id : ReportId.values()) {
            reports.put(id, builder.build(id, position, Fund.GENERAL_BUDGET));
        }
    }

    /** Puts in a table built elsewhere (one that needs more than the position, such as the previous year). */
    void put(ReportId id, Report report) {
        reports.put(id, report);
    }

    Report report(ReportId id) {
        return reports.get(id);
    }

    /** The printed amount or percentage of a cell; null when the row is absent or the cell is empty. */
    BigDecimal figure(ReportId id, String rowCode, String column) {
        Optional<ReportRow> row = reports.get(id).row(rowCode);
        if (row.isEmpty() || !row.get().cells().containsKey(column)) {
            return null;
        }
        String cell = row.get().cells().get(column);
        return cell == null ? null : new BigDecimal(cell);
    }

    /** As {@link #figure}, zero where the table has no such row (the tables leave out rows that are all zero). */
    BigDecimal amount(ReportId id, String rowCode, String column) {
        BigDecimal figure = figure(id, rowCode, column);
        return figure == null ? BigDecimal.ZERO.setScale(2) : figure;
    }

    List<ReportRow> rows(ReportId id) {
        return reports.get(id).rows();
    }
}
