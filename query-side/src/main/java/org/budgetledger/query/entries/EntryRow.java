package org.budgetledger.query.entries;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.line.BudgetLine;

/** One row of {@code ledger_entry}, as read back. */
public record EntryRow(
        long sequence,
        String entryType,
        Movement movement,
        LocalDate effectiveDate,
        Instant recordedAt,
        String recordedBy,
        String requestId,
        String documentNo,
        String voucherNo,
        String reason,
        BudgetLine line,
        String balanceKind,
        String revenueType,
        String economicCode,
        String payee,
        String threePublicCategory,
        long amountFen,
        int receptionBatches,
        int receptionGuests,
        int vehiclesPurchased) {
}
