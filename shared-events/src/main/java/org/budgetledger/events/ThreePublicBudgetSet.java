package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.LineMovement;

/**
 * The control budget of one 三公 category was set, replacing the previous one.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content, so that a repeat is recognised even after a restart),
 * who recorded it and when ({@code recordedAt}), and its effective (business) date.
 */
@Revision("1")
public record ThreePublicBudgetSet(
    String ledgerId,
    ThreePublicCategory category,
    long amountFen,
    String documentNo,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    /** None: a control budget limits spending on its economic code, it moves no line. */
    @Override
    public List<LineMovement> lineMovements() {
        return List.of();
    }
}
