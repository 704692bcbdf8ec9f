package org.budgetledger.command.api;

import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.request.Yuan;

/** The rule most amounts of a command share: zero is not an amount of money that moves. */
final class Amounts {

    private Amounts() {
    }

    static void requirePositive(Yuan amount, Violations violations) {
        if (amount != null && amount.fen() == 0) {
            violations.reject("amount", "must be greater than zero");
        }
    }
}
