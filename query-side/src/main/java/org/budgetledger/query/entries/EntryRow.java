package org.budgetledger.query.entries;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;

/**
 * One row of {@code ledger_entry}, as read back. {@code paymentRequestId} names the payment
 * request of a request's, approval's or rejection's row; {@code requestedBy} its requester;
 * {@code payload} the JSON content of a performance entry ({@link PerformancePayload}).
 */
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
        int vehiclesPurchased,
        String paymentRequestId,
        String requestedBy,
        String payload) {

    /** The movement the row records on its line, as the event listed it; null for a row without a line. */
    public LineMovement lineMovement() {
        if (line == null) {
            return null;
        }
        return new LineMovement(line, movement, amountFen, balanceKind == null ? null : BalanceKind.valueOf(balanceKind));
    }
}
