package org.budgetledger.events;

import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;

/** A balance a ledger starts with (年初结转和结余), by line and kind, in fen. */
public record OpeningBalance(BudgetLine line, BalanceKind kind, long amountFen) {
}
