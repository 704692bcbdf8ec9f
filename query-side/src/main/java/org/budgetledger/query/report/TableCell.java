package org.budgetledger.query.report;

import org.budgetledger.money.Money;

/**
 * One figure of a table before it is written: an exact amount, the two exact amounts a
 * percentage is taken of, or a count. Tables keep these so that totals and consistency checks
 * work on fen, and only the final rendering rounds.
 */
sealed interface TableCell permits TableCell.Amount, TableCell.Ratio, TableCell.Count {

    /** The cell as the contract writes it: 万元, percentage or count, or null. */
    String text();

    /** An amount in fen, written in 万元 rounded half-up on its own. */
    record Amount(long fen) implements TableCell {
        @Override
        public String text() {
            return Money.formatWanYuan(fen);
        }
    }

    /** A percentage of two exact amounts, absent when the denominator is zero. */
    record Ratio(long numeratorFen, long denominatorFen) implements TableCell {
        @Override
        public String text() {
            return Money.percent(numeratorFen, denominatorFen);
        }
    }

    /** A count, or null where the count does not apply to the row. */
    record Count(Integer value) implements TableCell {
        @Override
        public String text() {
            return value == null ? null : value.toString();
        }
    }
}
