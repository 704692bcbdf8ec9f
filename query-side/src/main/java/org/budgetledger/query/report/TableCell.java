package org.budgetledger.query.report;

import org.budgetledger.money.Money;

/**
 * One figure of a table before it is written: an exact amount, the two exact amounts a
 * percentage is taken of, or a count. Tables keep these so that totals and consistency checks
 * work on fen, and only the final rendering rounds.
 */
sealed interface TableCell permits TableCell.Amount, TableCell.Ratio, TableCell.Count, TableCell.Text, TableCell.Points,
        TableCell.Absent {

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

    /** Words (an indicator's level, its target, the rule that scored it), or null. */
    record Text(String value) implements TableCell {
        @Override
        public String text() {
            return value;
        }
    }

    /** Points of a self-evaluation (分值, 得分), already rounded to 2 decimals; null where none apply. */
    record Points(java.math.BigDecimal value) implements TableCell {
        @Override
        public String text() {
            return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /**
     * A figure that does not exist, written null: a budget never set, a previous year nobody
     * knows. Not zero, which would claim a budget of nothing.
     */
    enum Absent implements TableCell {
        AMOUNT;

        @Override
        public String text() {
            return null;
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
