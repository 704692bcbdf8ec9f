package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A printed percentage against the ratio of two printed figures. The ratio is an interval (each
 * figure is rounded), the percentage too (it is rounded to the decimals it shows): they agree when
 * the intervals meet. A percentage one unit of its last decimal away is what a writer gets by
 * truncating or by adjusting shares so that they add up to 100 %: INFO. Anything further is wrong.
 */
final class Percent {

    private static final MathContext PRECISION = new MathContext(16);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** The verdict and the recomputed percentage at 2 decimals (or the stated decimals when more). */
    record Verdict(Severity severity, String computed) {
    }

    /** Null when the denominator may be zero (nothing can be recomputed). */
    static Verdict judge(BigDecimal stated, Figure numerator, Figure denominator) {
        if (denominator.low().signum() <= 0) {
            return null;
        }
        BigDecimal point = numerator.value().multiply(HUNDRED).divide(denominator.value(), PRECISION);
        BigDecimal low = numerator.low().max(BigDecimal.ZERO).multiply(HUNDRED).divide(denominator.high(), PRECISION);
        BigDecimal high = numerator.high().multiply(HUNDRED).divide(denominator.low(), PRECISION);
        return new Verdict(compare(stated, low, high), format(point, stated.scale()));
    }

    /** The stated percentage against a computed interval [low, high]. */
    static Severity compare(BigDecimal stated, BigDecimal low, BigDecimal high) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale()));
        BigDecimal half = unit.divide(BigDecimal.valueOf(2));
        BigDecimal statedLow = stated.subtract(half);
        BigDecimal statedHigh = stated.add(half);
        if (statedHigh.compareTo(low) >= 0 && statedLow.compareTo(high) <= 0) {
            return null;
        }
        BigDecimal gap = statedLow.compareTo(high) > 0 ? statedLow.subtract(high) : low.subtract(statedHigh);
        return gap.compareTo(unit) <= 0 ? Severity.INFO : Severity.ERROR;
    }

    static String format(BigDecimal percent, int statedScale) {
        return percent.setScale(Math.max(2, statedScale), RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String stated(BigDecimal percent) {
        return percent.toPlainString() + "%";
    }
}
