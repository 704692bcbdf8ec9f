package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.LineMovement;

/**
 * The fiscal year was closed: every line with a balance got a disposition. After this the ledger accepts nothing.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content, so that a repeat is recognised even after a restart),
 * who recorded it and when ({@code recordedAt}), and its effective (business) date.
 */
@Revision("1")
public record YearClosed(
    String ledgerId,
    LocalDate effectiveDate,
    Disposition defaultDisposition,
    List<LineClosing> closings,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    /** Per line with a balance, the movement of its disposition, with the kind the balance becomes (none if recovered). */
    @Override
    public List<LineMovement> lineMovements() {
        if (closings == null) {
            return List.of();
        }
        return closings.stream()
                .map(closing -> new LineMovement(closing.line(), closing.disposition().movement(), closing.amountFen(),
                        closing.resultingKind()))
                .toList();
    }
}
