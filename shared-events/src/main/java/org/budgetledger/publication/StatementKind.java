package org.budgetledger.publication;

import java.util.Set;

/**
 * Facts a unit states that its books do not hold. Each kind names the figures it accepts; a
 * statement of a kind replaces the previous statement of that kind, figure set by figure set.
 */
public enum StatementKind {
    /**
     * 国有资产占用 at year end: vehicles by category (counts, as whole numbers), and optionally
     * the counts of general equipment over 50万元 and special equipment over 100万元.
     */
    ASSETS(Set.of("EMERGENCY", "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "OTHER",
            "GENERAL_EQUIPMENT_OVER_500K", "SPECIAL_EQUIPMENT_OVER_1M")),
    /**
     * The previous year's published totals (amounts in yuan, 2 decimals), used only when that
     * year is not in the ledger: 收支总计 (TOTAL), 一般公共预算财政拨款支出 (GENERAL_BUDGET_SPENT),
     * the 三公 categories, and 机关运行经费.
     */
    PRIOR_YEAR(Set.of("TOTAL", "FISCAL_TOTAL", "GENERAL_BUDGET_SPENT", "OVERSEAS_TRAVEL", "VEHICLE_PURCHASE",
            "VEHICLE_OPERATION", "RECEPTION", "OPERATING_COSTS"));

    private final Set<String> figureNames;

    StatementKind(Set<String> figureNames) {
        this.figureNames = figureNames;
    }

    /** The names a statement of this kind may give figures for. */
    public Set<String> figureNames() {
        return figureNames;
    }
}
