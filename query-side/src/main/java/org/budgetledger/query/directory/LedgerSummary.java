package org.budgetledger.query.directory;

/** One ledger of the directory. */
public record LedgerSummary(String ledgerId, String unitCode, String unitName, int fiscalYear, String status,
        long sequence) {
}
