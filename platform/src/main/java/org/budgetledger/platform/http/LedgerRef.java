package org.budgetledger.platform.http;

import org.budgetledger.events.LedgerIds;

/**
 * The ledger a request is about: a unit and a fiscal year, from the path
 * {@code /ledgers/{unit}/{year}/…}. Resolved once per request by {@link LedgerRefResolver}, the
 * single place where a request meets the ledger it names, for commands and queries alike.
 */
public record LedgerRef(String unitCode, int fiscalYear) {

    /** The ledger's id, as aggregates and read models know it ({@code ZZJJ/2023}). */
    public String id() {
        return LedgerIds.of(unitCode, fiscalYear);
    }
}
