package org.budgetledger.command.ledger;

import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineFigures;

/** The running figures of one line inside the ledger aggregate, in fen. */
class LineState {

    BudgetLine line;
    long carriedInBasic;
    long carriedInProjectCarryOver;
    long carriedInProjectSurplus;
    long initial;
    long increases;
    long decreases;
    long revenue;
    long spent;
    long recovered;
    long carriedOut;
    long surplus;

    LineState() {
        // for snapshots
    }

    LineState(BudgetLine line) {
        this.line = line;
    }

    void bringIn(BalanceKind kind, long amountFen) {
        switch (kind) {
            case BASIC_CARRY_OVER -> carriedInBasic += amountFen;
            case PROJECT_CARRY_OVER -> carriedInProjectCarryOver += amountFen;
            case PROJECT_SURPLUS -> carriedInProjectSurplus += amountFen;
        }
    }

    long available() {
        return figures().availableFen();
    }

    LineFigures figures() {
        return new LineFigures(line, carriedInBasic + carriedInProjectCarryOver + carriedInProjectSurplus, initial,
                increases, decreases, revenue, spent, recovered, carriedOut, surplus);
    }
}
