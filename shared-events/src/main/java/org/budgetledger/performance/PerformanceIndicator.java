package org.budgetledger.performance;

import java.math.BigDecimal;

/**
 * One performance target (绩效指标) as stored: its code (unique in its scope), its levels, its
 * name, how it is compared, its target value (a decimal string; null for a qualitative one), its
 * 度量单位 and its weight (分值, a decimal string). Decimals are kept as strings so that what was
 * sent is what is stored, digit for digit.
 */
public record PerformanceIndicator(
        String code,
        IndicatorLevel1 level1,
        IndicatorLevel2 level2,
        String name,
        Comparator comparator,
        String target,
        String unit,
        String weight) {

    public BigDecimal weightPoints() {
        return new BigDecimal(weight);
    }

    /** The target value; null for a qualitative indicator. */
    public BigDecimal targetValue() {
        return target == null ? null : new BigDecimal(target);
    }
}
