package org.budgetledger.platform.security;

/**
 * The one right a department gives: a grant on a department (its code in a grant's
 * {@code unitCode}) lets its holder read (VIEWER) the ledgers of the department's member units in
 * the years they are members. The query side, which keeps the departments, answers it; a process
 * without departments uses {@link #NONE}.
 */
@FunctionalInterface
public interface DepartmentVisibility {

    /** No departments: grants on units only. */
    DepartmentVisibility NONE = (user, unitCode, fiscalYear) -> false;

    /** Whether one of the user's grants names a department that has the unit as a member in that year. */
    boolean viewsThroughDepartment(LedgerUser user, String unitCode, int fiscalYear);

    /** Whether the user may see the ledger at all: a grant on its unit, or on a department holding it that year. */
    default boolean canSee(LedgerUser user, String unitCode, int fiscalYear) {
        return user.canSee(unitCode) || viewsThroughDepartment(user, unitCode, fiscalYear);
    }
}
