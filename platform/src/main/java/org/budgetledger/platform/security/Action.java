package org.budgetledger.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a request does to a ledger, with the roles that may do it: the contract's table of
 * rights, written once.
 */
public enum Action {
    /** Lines, reports, checks, the ledger list and status. */
    READ(EnumSet.allOf(Role.class)),
    /** The history, and any view {@code knownAt} a recording time: who did what, when. */
    READ_HISTORY(EnumSet.of(Role.RECORDER, Role.APPROVER, Role.AUDITOR)),
    /** Revenues, expenditures, reversals, payment requests: what a clerk (经办) records. */
    RECORD(EnumSet.of(Role.RECORDER, Role.APPROVER)),
    /** Opening a ledger, appropriations, adjustments, 三公 budgets, transfers, the close, performance targets. */
    APPROVE(EnumSet.of(Role.APPROVER));

    private final Set<Role> roles;

    Action(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
