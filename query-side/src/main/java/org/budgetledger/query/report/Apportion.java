package org.budgetledger.query.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds parts of a whole to 2 decimals so that the rounded parts add up exactly to the rounded
 * whole (largest remainder method): each part is cut down to the hundredth, then the hundredths
 * still missing go to the parts that lost most. A narrative written this way never shows shares
 * adding up to 102.99 % or a total that is not the sum of its items.
 */
public final class Apportion {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    private Apportion() {
    }

    /** The parts, in their order, rounded so that they add up to {@code whole} (itself already with 2 decimals). */
    public static List<BigDecimal> toTotal(List<BigDecimal> exactParts, BigDecimal whole) {
        List<BigDecimal> rounded = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal part : exactParts) {
            BigDecimal down = part.setScale(2, RoundingMode.FLOOR);
            rounded.add(down);
            sum = sum.add(down);
        }
        int missing = whole.setScale(2, RoundingMode.HALF_UP).subtract(sum).divide(HUNDREDTH).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < exactParts.size(); i++) {
            order.add(i);
        }
        // Largest remainder first; ties go to the earlier part, so the result does not depend on chance.
        order.sort(Comparator.comparing((Integer i) -> exactParts.get(i).subtract(rounded.get(i))).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < Math.abs(missing) && !order.isEmpty(); k++) {
            int i = missing > 0 ? order.get(k % order.size()) : order.get(order.size() - 1 - (k % order.size()));
            rounded.set(i, rounded.get(i).add(missing > 0 ? HUNDREDTH : HUNDREDTH.negate()));
        }
        return rounded;
    }
}
