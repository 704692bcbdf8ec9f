package org.budgetledger.events;

import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;

/**
 * What the close did with one line's balance: the disposition applied, the amount (the line's
 * whole available balance at the close, in fen) and, unless recovered, the kind of balance it
 * becomes in the next year.
 */
public record LineClosing(BudgetLine line, Disposition disposition, long amountFen, BalanceKind resultingKind) {
}
