package org.budgetledger.platform.security;

/**
 * A role on a unit's ledgers; {@code unitCode} {@value #EVERY_UNIT} means every unit.
 */
public record Grant(String unitCode, Role role) {

    public static final String EVERY_UNIT = "*";

    /** Whether this grant is about the unit. */
    public boolean covers(String unit) {
        return EVERY_UNIT.equals(unitCode) || unitCode.equals(unit);
    }

    /** {@code ZZJJ:RECORDER}, as the JWT claim {@code ledger_grants} writes grants. */
    @Override
    public String toString() {
        return unitCode + ":" + role;
    }
}
