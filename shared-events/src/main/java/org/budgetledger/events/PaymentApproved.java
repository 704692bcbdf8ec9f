package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.publication.Procurement;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;

/**
 * A payment request was approved (审核) by an APPROVER other than its requester: its
 * reservation is released and the same amount is spent, in one entry. From here on it is an
 * expenditure like any other, under the request's voucher number: the tables count it, and it
 * is reversed as any expenditure is. {@code recordedBy} is the approver, {@code requestedBy}
 * the requester; the request's own details are repeated so that the entry reads alone.
 *
 * <p>{@code procurement}: as on {@link ExpenditureRecorded}; null outside procurement and in
 * events recorded before it existed.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content), who recorded it and when, and its effective date (the
 * day of the payment).
 */
@Revision("1")
public record PaymentApproved(
    String ledgerId,
    String paymentRequestId,
    BudgetLine line,
    String economicCode,
    long amountFen,
    String voucherNo,
    String payee,
    String description,
    ExpenditureStatistics statistics,
    Procurement procurement,
    String requestedBy,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    @Override
    public List<LineMovement> lineMovements() {
        return List.of(LineMovement.of(line, Movement.RELEASE, amountFen), LineMovement.of(line, Movement.SPEND, amountFen));
    }
}
