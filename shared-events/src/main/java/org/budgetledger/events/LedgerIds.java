package org.budgetledger.events;

/** Ledger identifiers: a unit's ledger for one fiscal year is {@code "<unitCode>/<year>"}. */
public final class LedgerIds {

    private LedgerIds() {
    }

    public static String of(String unitCode, int fiscalYear) {
        return unitCode + "/" + fiscalYear;
    }
}
