package org.budgetledger.query.entries;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;
import org.budgetledger.publication.Procurement;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.publication.SupplierSize;

/**
 * One row of {@code ledger_entry}, as read back. {@code paymentRequestId} names the payment
 * request of a request's, approval's or rejection's row; {@code requestedBy} its requester;
 * {@code payload} the JSON content of a performance entry ({@link PerformancePayload}) or of a
 * statement ({@link StatementPayload}). {@code procurementMethod} and {@code supplierSize} are
 * the procurement of an expenditure's, a payment request's or approval's row, and of the reversal
 * of a procured expenditure; {@code controlBudgetCategory} the category of a 一般性支出 budget,
 * {@code statementKind} the kind of a statement.
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
        String payload,
        String procurementMethod,
        String supplierSize,
        String controlBudgetCategory,
        String statementKind) {

    /** The procurement the row's expenditure (or request) was made under; null outside procurement. */
    public Procurement procurement() {
        if (procurementMethod == null) {
            return null;
        }
        return new Procurement(ProcurementMethod.valueOf(procurementMethod), SupplierSize.valueOf(supplierSize));
    }

    /** The movement the row records on its line, as the event listed it; null for a row without a line. */
    public LineMovement lineMovement() {
        if (line == null) {
            return null;
        }
        return new LineMovement(line, movement, amountFen, balanceKind == null ? null : BalanceKind.valueOf(balanceKind));
    }
}
