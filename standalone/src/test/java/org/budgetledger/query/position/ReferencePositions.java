package org.budgetledger.query.position;

import java.time.Instant;
import java.time.LocalDate;

/** For the equivalence tests: a ledger's position added up from every row, the way {@link LedgerPositions#of} must equal. */
public final class ReferencePositions {

    private ReferencePositions() {
    }

    public static LedgerPosition fromEveryRow(LedgerPositions positions, String ledgerId, LocalDate asOf, Instant knownAt) {
        return positions.ofEveryRow(ledgerId, asOf, knownAt);
    }
}
