package org.budgetledger.query.department;

import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Movement;

/**
 * The entries of one ledger that name a counterparty unit, summed by line, movement, revenue
 * type (REVENUE) or economic code (SPEND, REVERSAL), and counterparty.
 */
record CounterpartyFlow(BudgetLine line, Movement movement, String revenueType, String economicCode,
        String counterpartyUnit, long amountFen) {

    /** What the flow adds to its side of the pair: revenue and spending count up, a reversal down. */
    long signedFen() {
        return movement == Movement.REVERSAL ? -amountFen : amountFen;
    }

    boolean isRevenue() {
        return movement == Movement.REVENUE;
    }

    CounterpartyFlow withLine(BudgetLine relabelled) {
        return new CounterpartyFlow(relabelled, movement, revenueType, economicCode, counterpartyUnit, amountFen);
    }
}
