package org.budgetledger.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The scoring of a self-evaluation (绩效自评), as the domain states it, in exact decimal
 * arithmetic: every quotient is taken to 34 significant digits, and only a score is rounded, once,
 * half-up to 2 decimals. Budget execution holds 10 points, the indicators of a scope 90.
 */
public final class PerformanceScoring {

    /** The points budget execution holds. */
    public static final BigDecimal BUDGET_POINTS = BigDecimal.TEN;
    /** What the weights of a scope's indicators add up to. */
    public static final BigDecimal INDICATOR_POINTS = BigDecimal.valueOf(90);

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PerformanceScoring() {
    }

    /** 得分 of budget execution: 10 × min(spent / budget, 1); zero when there is no budget. */
    public static BigDecimal budgetScore(long spentFen, long budgetFen) {
        if (budgetFen <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal rate = BigDecimal.valueOf(spentFen).divide(BigDecimal.valueOf(budgetFen), EXACT).min(BigDecimal.ONE);
        return round(BUDGET_POINTS.multiply(rate.max(BigDecimal.ZERO)));
    }

    /**
     * A quantitative indicator's score for its actual value.
     *
     * <ul>
     *   <li>{@code >=}: actual ≥ target → full weight; else weight × actual / target (a target of 0 is always met).</li>
     *   <li>{@code <=}: actual ≤ target → full; target &lt; actual &lt; 2 × target → weight × (1 − (actual − target) / target); else 0.</li>
     *   <li>{@code =}: actual = target → full; otherwise as {@code >=} (a target of 0: full when actual ≤ 0).</li>
     * </ul>
     */
    public static IndicatorScore quantitative(PerformanceIndicator indicator, BigDecimal actual) {
        BigDecimal weight = indicator.weightPoints();
        BigDecimal target = indicator.targetValue();
        return switch (indicator.comparator()) {
            case AT_LEAST -> atLeast(weight, target, actual, "正向");
            case AT_MOST -> atMost(weight, target, actual);
            case EQUAL -> {
                if (actual.compareTo(target) == 0) {
                    yield new IndicatorScore(round(weight), "等于：实际值 = 目标值，得满分", false);
                }
                if (target.signum() == 0) {
                    yield actual.signum() <= 0 ? new IndicatorScore(round(weight), "等于：目标值为0，实际值 ≤ 0，得满分", false)
                            : new IndicatorScore(round(BigDecimal.ZERO), "等于：目标值为0，实际值 > 0，得0分", true);
                }
                yield atLeast(weight, target, actual, "等于（未达目标值，按正向计分）");
            }
            case QUALITATIVE -> throw new IllegalArgumentException("Indicator " + indicator.code() + " is qualitative");
        };
    }

    /** A qualitative indicator's score: weight × scorePct / 100, the evaluator's percentage inside its grade's band. */
    public static IndicatorScore qualitative(PerformanceIndicator indicator, QualitativeGrade grade, BigDecimal scorePct) {
        if (!grade.admits(scorePct)) {
            throw new IllegalArgumentException("A score of " + scorePct + " % is outside the band of " + grade);
        }
        BigDecimal points = round(indicator.weightPoints().multiply(scorePct).divide(HUNDRED, EXACT));
        return new IndicatorScore(points, "定性：" + grade.label() + "（" + grade.lowPct() + "%–" + grade.highPct() + "%），评定 "
                + scorePct.stripTrailingZeros().toPlainString() + "%", grade != QualitativeGrade.ACHIEVED);
    }

    /** 评价等级 of a total score: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
    public static String grade(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        if (total.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return "中";
        }
        return "差";
    }

    private static IndicatorScore atLeast(BigDecimal weight, BigDecimal target, BigDecimal actual, String name) {
        if (actual.compareTo(target) >= 0) {
            return new IndicatorScore(round(weight), name + "：实际值 ≥ 目标值，得满分", false);
        }
        if (target.signum() <= 0) {
            return new IndicatorScore(round(BigDecimal.ZERO), name + "：目标值 ≤ 0 而未达到，得0分", true);
        }
        BigDecimal share = actual.max(BigDecimal.ZERO).divide(target, EXACT);
        return new IndicatorScore(round(weight.multiply(share)), name + "：分值 × 实际值 / 目标值", true);
    }

    private static IndicatorScore atMost(BigDecimal weight, BigDecimal target, BigDecimal actual) {
        if (actual.compareTo(target) <= 0) {
            return new IndicatorScore(round(weight), "反向：实际值 ≤ 目标值，得满分", false);
        }
        if (target.signum() > 0 && actual.compareTo(target.multiply(BigDecimal.valueOf(2))) < 0) {
            BigDecimal excess = actual.subtract(target).divide(target, EXACT);
            return new IndicatorScore(round(weight.multiply(BigDecimal.ONE.subtract(excess))),
                    "反向：分值 × (1 − (实际值 − 目标值) / 目标值)", true);
        }
        return new IndicatorScore(round(BigDecimal.ZERO), "反向：实际值 ≥ 2 × 目标值，得0分", true);
    }

    /** Scores are written with 2 decimals, rounded half-up once. */
    public static BigDecimal round(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP);
    }
}
