package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A printed figure and what it can stand for. Published amounts are rounded to 0.01 万元 (or the
 * decimals they show, when more), so "342.4" stands for anything in [342.395, 342.405]; a check
 * of a ratio must hold for some value in that range before it may call the ratio wrong.
 */
record Figure(BigDecimal value, BigDecimal halfUnit) {

    static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    /** An amount in 万元 as printed: never less precise than 0.01. */
    static Figure amount(BigDecimal value) {
        BigDecimal half = value.scale() > 2 ? BigDecimal.ONE.movePointLeft(value.scale()).divide(BigDecimal.valueOf(2))
                : HALF_CENT;
        return new Figure(value, half);
    }

    BigDecimal low() {
        return value.subtract(halfUnit);
    }

    BigDecimal high() {
        return value.add(halfUnit);
    }

    Figure plus(Figure other) {
        return new Figure(value.add(other.value), halfUnit.add(other.halfUnit));
    }

    Figure minus(Figure other) {
        return new Figure(value.subtract(other.value), halfUnit.add(other.halfUnit));
    }

    /** Parses a printed amount ({@code 22,131.98}, {@code 740.9}); null when the text is no number. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replace(",", "").replace("，", "");
        if (!cleaned.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(cleaned);
    }

    /** 万元 with 2 decimals, or more when the figure was printed with more. */
    static String format(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.setScale(Math.max(2, value.stripTrailingZeros().scale()), RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The severity of a difference between a printed total and the figure it should equal: none
     * when equal, INFO for 0.01 (each cell rounded on its own), ERROR beyond.
     */
    static Severity difference(BigDecimal stated, BigDecimal computed) {
        BigDecimal gap = stated.subtract(computed).abs();
        if (gap.signum() == 0) {
            return null;
        }
        return gap.compareTo(CENT) <= 0 ? Severity.INFO : Severity.ERROR;
    }
}
