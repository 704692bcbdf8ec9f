package org.budgetledger.performance;

import java.math.BigDecimal;

/**
 * The evaluator's grade of a qualitative indicator, with the band of the weight it scores:
 * ACHIEVED 80–100 %, PARTLY 60–80 %, NOT_ACHIEVED 0–60 % (the evaluator's {@code scorePct} within it).
 * The names are stored in events: never rename one.
 */
public enum QualitativeGrade {
    ACHIEVED("达成", 80, 100),
    PARTLY("部分达成", 60, 80),
    NOT_ACHIEVED("未达成", 0, 60);

    private final String label;
    private final BigDecimal lowPct;
    private final BigDecimal highPct;

    QualitativeGrade(String label, int lowPct, int highPct) {
        this.label = label;
        this.lowPct = BigDecimal.valueOf(lowPct);
        this.highPct = BigDecimal.valueOf(highPct);
    }

    public String label() {
        return label;
    }

    public BigDecimal lowPct() {
        return lowPct;
    }

    public BigDecimal highPct() {
        return highPct;
    }

    /** Whether a score percentage lies in the band (both ends included). */
    public boolean admits(BigDecimal scorePct) {
        return scorePct.compareTo(lowPct) >= 0 && scorePct.compareTo(highPct) <= 0;
    }
}
