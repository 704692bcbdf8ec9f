package org.budgetledger.platform.security;

import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;

/**
 * The one check of a caller's rights on a ledger. A ledger of a unit the caller holds no grant
 * on answers {@code LEDGER_NOT_FOUND}, exactly as a ledger that does not exist, so that nobody
 * learns which units keep books here; an action the caller's role does not allow on a ledger
 * they can see answers {@code FORBIDDEN}.
 */
public final class LedgerAccess {

    private LedgerAccess() {
    }

    /**
     * As {@link #require(LedgerUser, LedgerRef, Action)}, and reading (VIEWER) is also allowed
     * through a grant on a department that has the ledger's unit as a member that year.
     */
    public static void require(LedgerUser user, LedgerRef ledger, Action action, DepartmentVisibility departments) {
        if (!user.canSee(ledger.unitCode()) && departments.viewsThroughDepartment(user, ledger.unitCode(), ledger.fiscalYear())) {
            // Seen through the department: the ledger exists for this user, who may read it and do nothing else.
            if (action != Action.READ) {
                throw new LedgerRejection(ErrorCode.FORBIDDEN, "A grant on a department reads its units' ledgers and "
                        + "records nothing in them");
            }
            return;
        }
        require(user, ledger, action);
    }

    public static void require(LedgerUser user, LedgerRef ledger, Action action) {
        if (!user.canSee(ledger.unitCode())) {
            throw new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "No ledger " + ledger.id());
        }
        if (!user.may(action, ledger.unitCode())) {
            throw new LedgerRejection(ErrorCode.FORBIDDEN, "Your role on " + ledger.unitCode() + " does not allow "
                    + description(action));
        }
    }

    private static String description(Action action) {
        return switch (action) {
            case READ -> "reading its ledgers";
            case READ_HISTORY -> "reading the history or a view as known at a time (RECORDER, APPROVER or AUDITOR)";
            case RECORD -> "recording revenue, expenditures or reversals (RECORDER or APPROVER)";
            case APPROVE -> "opening, budgeting or closing a ledger (APPROVER)";
        };
    }
}
