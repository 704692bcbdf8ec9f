package org.budgetledger.query.narrative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.query.report.Apportion;

/**
 * The arithmetic of the narrative, on the figures as the tables print them (万元 with 2
 * decimals): a reader who checks the text with the printed tables and a calculator finds the
 * same shares and changes.
 */
final class Figures {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /** The figure as printed, with its 2 decimals. */
    static String plain(BigDecimal figure) {
        return figure.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code part / whole} in percent, 2 decimals half-up; null when the whole is zero. */
    static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /**
     * The shares of {@code parts} in {@code whole}, in percent with 2 decimals. When the parts make
     * up the whole exactly, the shares are apportioned by largest remainder so that they add up to
     * exactly 100.00; otherwise (parts that do not cover the whole) each is rounded on its own.
     */
    static List<BigDecimal> shares(List<BigDecimal> parts, BigDecimal whole) {
        List<BigDecimal> shares = new ArrayList<>();
        if (whole.signum() == 0) {
            parts.forEach(part -> shares.add(null));
            return shares;
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(whole) != 0) {
            parts.forEach(part -> shares.add(percentOf(part, whole)));
            return shares;
        }
        List<BigDecimal> exact = new ArrayList<>();
        parts.forEach(part -> exact.add(part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL128)));
        return Apportion.toTotal(exact, HUNDRED);
    }

    /** {@code 大于}, {@code 小于} or {@code 等于}: how the 决算数 compares with the budget. */
    static String comparisonWord(BigDecimal spent, BigDecimal budget) {
        int sign = spent.compareTo(budget);
        return sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
    }
}
