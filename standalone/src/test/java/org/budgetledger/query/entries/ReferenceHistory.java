package org.budgetledger.query.entries;

import java.util.List;

/** For the equivalence tests: the history computed in Java from every row, the way {@link LedgerHistory}'s SQL must equal. */
public final class ReferenceHistory {

    private ReferenceHistory() {
    }

    public static List<HistoryEntry> fromEveryRow(EntryRows rows, String ledgerId, LedgerHistory.Filter filter) {
        return LedgerHistory.folded(rows.of(ledgerId, null, null), filter);
    }
}
