package org.budgetledger.publication;

import java.util.Optional;

/**
 * Budgets of 一般性支出 besides the 三公 ones. 会议费 and 培训费 are tied to one economic code each
 * and enforced like the 三公 control budgets; the 机关运行经费 budget covers the 公用经费 of basic
 * expenditure (302 + 307 + 310 + 399) and is only reported, never enforced.
 */
public enum ControlBudgetCategory {
    /** 会议费. */
    MEETING("30215", "会议费", true),
    /** 培训费. */
    TRAINING("30216", "培训费", true),
    /** 机关运行经费: no single economic code. */
    OPERATING_COSTS(null, "机关运行经费", false);

    private final String economicCode;
    private final String label;
    private final boolean enforced;

    ControlBudgetCategory(String economicCode, String label, boolean enforced) {
        this.economicCode = economicCode;
        this.label = label;
        this.enforced = enforced;
    }

    /** The economic code spending on which the budget limits; null for {@link #OPERATING_COSTS}. */
    public String economicCode() {
        return economicCode;
    }

    public String label() {
        return label;
    }

    /** Whether spending beyond the budget is refused ({@code CONTROL_BUDGET_EXCEEDED}). */
    public boolean enforced() {
        return enforced;
    }

    /** The enforced category an economic code belongs to, if any. */
    public static Optional<ControlBudgetCategory> enforcedOn(String code) {
        for (ControlBudgetCategory category : values()) {
            if (category.enforced && category.economicCode.equals(code)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
