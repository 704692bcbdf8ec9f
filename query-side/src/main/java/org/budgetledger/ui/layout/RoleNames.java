package org.budgetledger.ui.layout;

import org.budgetledger.platform.security.Role;

/** The roles as a finance office calls them. */
public final class RoleNames {

    private RoleNames() {
    }

    public static String of(Role role) {
        return switch (role) {
            case VIEWER -> "查阅";
            case RECORDER -> "经办";
            case APPROVER -> "财务负责人";
            case AUDITOR -> "审计";
        };
    }
}
