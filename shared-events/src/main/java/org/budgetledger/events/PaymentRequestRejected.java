package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;

/**
 * A payment request was rejected, with a reason: its reservation is released and nothing is
 * spent. Its voucher number is free again, so that the request can be raised anew, corrected.
 * {@code recordedBy} is who rejected it, {@code requestedBy} the requester.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content), who recorded it and when, and its effective date.
 */
@Revision("1")
public record PaymentRequestRejected(
    String ledgerId,
    String paymentRequestId,
    BudgetLine line,
    String economicCode,
    long amountFen,
    String voucherNo,
    String requestedBy,
    String reason,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    @Override
    public List<LineMovement> lineMovements() {
        return List.of(LineMovement.of(line, Movement.RELEASE, amountFen));
    }
}
