package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;

/**
 * A transfer (调剂): budget moved in one atomic entry from one fiscal line to another of the same
 * fund and the same nature, with its reason and approving document. It changes both lines'
 * full-year budget (全年预算), neither their initial budget nor the year's fiscal income.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content, so that a repeat is recognised even after a restart),
 * who recorded it and when ({@code recordedAt}), and its effective (business) date.
 */
@Revision("1")
public record BudgetTransferred(
    String ledgerId,
    BudgetLine from,
    BudgetLine to,
    long amountFen,
    String reason,
    String documentNo,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    @Override
    public List<LineMovement> lineMovements() {
        return List.of(LineMovement.of(from, Movement.TRANSFER_OUT, amountFen), LineMovement.of(to, Movement.TRANSFER_IN, amountFen));
    }
}
