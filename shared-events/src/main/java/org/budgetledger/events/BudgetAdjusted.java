package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;

/**
 * A mid-year adjustment of a fiscal line: an increase (年中追加) or a cut (年中压减), with its reason and approving document.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content, so that a repeat is recognised even after a restart),
 * who recorded it and when ({@code recordedAt}), and its effective (business) date.
 */
@Revision("1")
public record BudgetAdjusted(
    String ledgerId,
    BudgetLine line,
    AdjustmentDirection direction,
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
        return List.of(LineMovement.of(line, direction.movement(), amountFen));
    }
}
