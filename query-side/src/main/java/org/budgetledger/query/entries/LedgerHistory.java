package org.budgetledger.query.entries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.Movement;
import org.budgetledger.line.LineTally;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.money.Money;
import org.springframework.stereotype.Component;

/**
 * The audit trail of a ledger: its entries in order, each with the budget and available balance
 * of its line right after it, filtered as the auditor asks.
 */
@Component
public class LedgerHistory {

    private final EntryRows rows;

    public LedgerHistory(EntryRows rows) {
        this.rows = rows;
    }

    /** What an auditor can filter on; null fields do not filter. */
    public record Filter(String fund, String functionCode, String nature, String projectCode, String documentNo,
            String type, LocalDate from, LocalDate to) {

        Predicate<EntryRow> predicate() {
            return row -> (fund == null || (row.line() != null && row.line().fund().name().equals(fund)))
                    && (functionCode == null || (row.line() != null && row.line().functionCode().equals(functionCode)))
                    && (nature == null || (row.line() != null && row.line().nature().name().equals(nature)))
                    && (projectCode == null || (row.line() != null && projectCode.equals(row.line().projectCode())))
                    && (documentNo == null || documentNo.equals(row.documentNo()) || documentNo.equals(row.voucherNo()))
                    && (type == null || type.equals(row.entryType()) || type.equals(row.movement().name()))
                    && (from == null || !row.effectiveDate().isBefore(from))
                    && (to == null || !row.effectiveDate().isAfter(to));
        }
    }

    public List<HistoryEntry> entries(String ledgerId, Filter filter) {
        Predicate<EntryRow> wanted = filter.predicate();
        Map<String, LineTally> running = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (EntryRow row : rows.of(ledgerId, null, null)) {
            LineFigures figures = null;
            if (row.line() != null) {
                LineTally line = running.computeIfAbsent(row.line().key(), key -> new LineTally(row.line()));
                line.apply(row.lineMovement());
                figures = line.figures();
            }
            if (wanted.test(row)) {
                entries.add(json(row, figures));
            }
        }
        return entries;
    }

    private static HistoryEntry json(EntryRow row, LineFigures figures) {
        boolean counted = row.receptionBatches() != 0 || row.receptionGuests() != 0 || row.vehiclesPurchased() != 0;
        return new HistoryEntry(row.sequence(), row.entryType(), row.movement().name(), row.effectiveDate().toString(),
                row.recordedAt().toString(), row.recordedBy(),
                row.paymentRequestId() == null || row.movement() == Movement.RESERVE ? null : row.requestedBy(),
                row.paymentRequestId(), row.requestId(), row.documentNo(), row.voucherNo(), row.reason(),
                row.line() == null ? null : LineObject.of(row.line()), row.economicCode(), row.revenueType(), row.balanceKind(),
                row.threePublicCategory(), row.payee(), Money.formatYuan(row.amountFen()),
                counted ? new HistoryEntry.Statistics(row.receptionBatches(), row.receptionGuests(), row.vehiclesPurchased()) : null,
                figures == null ? null : Money.formatYuan(figures.budgetFen()),
                figures == null ? null : Money.formatYuan(figures.availableFen()));
    }
}
