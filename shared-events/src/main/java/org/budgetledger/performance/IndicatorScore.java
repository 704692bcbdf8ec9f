package org.budgetledger.performance;

import java.math.BigDecimal;

/**
 * An indicator's score: the points (2 decimals, half-up), the rule that gave them in words, and
 * whether the target was missed (anything short of the full weight for a quantitative indicator,
 * any grade but ACHIEVED for a qualitative one), which then needs a 偏差原因.
 */
public record IndicatorScore(BigDecimal points, String rule, boolean missed) {
}
