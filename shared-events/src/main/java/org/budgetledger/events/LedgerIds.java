package org.budgetledger.events;

/** Ledger identifiers: a unit's ledger for one fiscal year is {@code "<unitCode>/<year>"}. */
public final class LedgerIds {

    private LedgerIds() {
    }

    public static String of(String unitCode, int fiscalYear) {
        return unitCode + "/" + fiscalYear;
    }

    public static String unitCode(String ledgerId) {
        return ledgerId.substring(0, ledgerId.lastIndexOf('/'));
    }

    public static int fiscalYear(String ledgerId) {
        return Integer.parseInt(ledgerId.substring(ledgerId.lastIndexOf('/') + 1));
    }
}
