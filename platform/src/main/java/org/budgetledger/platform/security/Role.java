package org.budgetledger.platform.security;

/**
 * What a user may do in a unit's ledgers, granted per unit (or for every unit with {@code *}):
 * 经办 RECORDER, 财务负责人 APPROVER, readers VIEWER, auditors AUDITOR. ADMIN is not a role
 * on ledgers: it manages users and grants and holds no right on any ledger unless granted one.
 */
public enum Role {
    VIEWER,
    RECORDER,
    APPROVER,
    AUDITOR
}
