package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;

/**
 * A unit's ledger for one fiscal year was opened, with its opening balances (年初结转和结余). {@code broughtForward} tells whether they came from the closed previous year rather than being stated. The effective date is 1 January of the year.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content, so that a repeat is recognised even after a restart),
 * who recorded it and when ({@code recordedAt}), and its effective (business) date.
 */
@Revision("1")
public record LedgerOpened(
    String ledgerId,
    String unitCode,
    String unitName,
    int fiscalYear,
    List<OpeningBalance> openingBalances,
    boolean broughtForward,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    /** A carry-in per opening balance, of its kind. */
    @Override
    public List<LineMovement> lineMovements() {
        if (openingBalances == null) {
            return List.of();
        }
        return openingBalances.stream()
                .map(balance -> new LineMovement(balance.line(), Movement.CARRY_IN, balance.amountFen(), balance.kind()))
                .toList();
    }
}
