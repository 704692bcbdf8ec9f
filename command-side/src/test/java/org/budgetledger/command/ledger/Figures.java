package org.budgetledger.command.ledger;

import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineFigures;
import org.budgetledger.money.Money;

/** Expected line figures, written in yuan: {@code Figures.of(BASIC).initial("500.00").spent("120.00").build()}. */
final class Figures {

    private final BudgetLine line;
    private long carriedIn;
    private long initial;
    private long increases;
    private long decreases;
    private long revenue;
    private long spent;
    private long recovered;
    private long carriedOut;
    private long surplus;
    private long transfersIn;
    private long reserved;
    private long transfersOut;

    private Figures(BudgetLine line) {
        this.line = line;
    }

    static Figures of(BudgetLine line) {
        return new Figures(line);
    }

    Figures carriedIn(String yuan) {
        carriedIn = Money.parseYuan(yuan);
        return this;
    }

    Figures initial(String yuan) {
        initial = Money.parseYuan(yuan);
        return this;
    }

    Figures increases(String yuan) {
        increases = Money.parseYuan(yuan);
        return this;
    }

    Figures decreases(String yuan) {
        decreases = Money.parseYuan(yuan);
        return this;
    }

    Figures revenue(String yuan) {
        revenue = Money.parseYuan(yuan);
        return this;
    }

    Figures spent(String yuan) {
        spent = Money.parseYuan(yuan);
        return this;
    }

    Figures recovered(String yuan) {
        recovered = Money.parseYuan(yuan);
        return this;
    }

    Figures carriedOut(String yuan) {
        carriedOut = Money.parseYuan(yuan);
        return this;
    }

    Figures surplus(String yuan) {
        surplus = Money.parseYuan(yuan);
        return this;
    }

    Figures transfersIn(String yuan) {
        transfersIn = Money.parseYuan(yuan);
        return this;
    }

    Figures transfersOut(String yuan) {
        transfersOut = Money.parseYuan(yuan);
        return this;
    }

    Figures reserved(String yuan) {
        reserved = Money.parseYuan(yuan);
        return this;
    }

    LineFigures build() {
        return new LineFigures(line, carriedIn, initial, increases, decreases, revenue, spent, recovered, carriedOut, surplus, transfersIn,
                transfersOut, reserved);
    }
}
