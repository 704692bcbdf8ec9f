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
 * A payment was requested (申请): its amount is reserved (冻结) on the line at once, so that
 * pending requests can never together exceed what the line holds. It becomes an expenditure
 * when someone other than the requester approves it ({@link PaymentApproved}), and is released
 * when rejected ({@link PaymentRequestRejected}). {@code recordedBy} is the requester.
 *
 * <p>{@code paymentRequestId} is the ledger's name for the request, {@code "PR-<sequence>"}
 * with the entry number of this event, so that a repeat of the request finds the same id.
 *
 * <p>{@code procurement}: as on {@link ExpenditureRecorded}; null outside procurement and in
 * events recorded before it existed.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content), who recorded it and when, and its effective date.
 */
@Revision("1")
public record PaymentRequested(
    String ledgerId,
    String paymentRequestId,
    BudgetLine line,
    String economicCode,
    long amountFen,
    String voucherNo,
    LocalDate effectiveDate,
    String payee,
    String description,
    ExpenditureStatistics statistics,
    Procurement procurement,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    /** The name of the request made by the entry of sequence {@code sequence}. */
    public static String idOf(long sequence) {
        return "PR-" + sequence;
    }

    @Override
    public List<LineMovement> lineMovements() {
        return List.of(LineMovement.of(line, Movement.RESERVE, amountFen));
    }
}
