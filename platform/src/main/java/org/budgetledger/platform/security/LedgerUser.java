package org.budgetledger.platform.security;

import java.util.List;

/**
 * The authenticated caller, however they authenticated (HTTP Basic, the login form, a Bearer
 * JWT): the name every entry records, whether they administer users, and their grants.
 */
public record LedgerUser(String username, String displayName, boolean admin, List<Grant> grants) {

    public LedgerUser {
        grants = List.copyOf(grants);
    }

    /** Whether any grant covers the unit: a unit without one is, to this user, a unit that does not exist. */
    public boolean canSee(String unitCode) {
        return grants.stream().anyMatch(grant -> grant.covers(unitCode));
    }

    /** Whether a grant on the unit allows the action. */
    public boolean may(Action action, String unitCode) {
        return grants.stream().anyMatch(grant -> grant.covers(unitCode) && action.allows(grant.role()));
    }

    /** Whether a grant on some unit allows the action: what a page spanning the user's ledgers (审核) shows or refuses. */
    public boolean mayOnSomeUnit(Action action) {
        return grants.stream().anyMatch(grant -> action.allows(grant.role()));
    }

    /** Whether a grant on every unit ({@code *}) has the role. */
    public boolean hasEverywhere(Role role) {
        return grants.stream().anyMatch(grant -> Grant.EVERY_UNIT.equals(grant.unitCode()) && grant.role() == role);
    }
}
