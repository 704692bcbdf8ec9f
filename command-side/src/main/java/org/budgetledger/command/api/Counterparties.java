package org.budgetledger.command.api;

import org.budgetledger.events.RevenueType;
import org.budgetledger.platform.request.Violations;

/**
 * The optional {@code counterpartyUnit} of revenues and expenditures: the other budget unit of
 * money that moves between two units (上级补助 / 对附属单位补助, 附属单位上缴 / 上缴上级), which a
 * department's tables eliminate when both units are its members. Said once for both requests.
 */
final class Counterparties {

    static final String PATTERN = "[A-Za-z0-9-]{1,32}";
    static final String MISMATCH = "must be a unit code: 1 to 32 letters, digits or -";
    static final String REVENUE_DESCRIPTION = "The unit that paid this revenue; only for HIGHER_LEVEL_SUBSIDY (上级补助收入, "
            + "from the parent) and AFFILIATED_REMITTANCE (附属单位上缴收入, from a subordinate unit). Eliminated in a "
            + "department's tables when that unit is a member too.";
    static final String EXPENDITURE_DESCRIPTION = "The budget unit that received this expenditure (a subsidy to a "
            + "subordinate unit, a remittance to the parent). Eliminated in a department's tables against that unit's "
            + "revenue naming this unit, when both are members.";

    private Counterparties() {
    }

    /** Only the two revenue types that come from another budget unit have a counterparty. */
    static void checkRevenue(RevenueType type, String counterpartyUnit, Violations violations) {
        if (counterpartyUnit != null && type != null && type != RevenueType.HIGHER_LEVEL_SUBSIDY
                && type != RevenueType.AFFILIATED_REMITTANCE) {
            violations.reject("counterpartyUnit", "is only for revenue of type HIGHER_LEVEL_SUBSIDY or AFFILIATED_REMITTANCE");
        }
    }
}
