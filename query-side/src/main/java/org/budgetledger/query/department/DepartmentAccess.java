package org.budgetledger.query.department;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.SecurityEvents;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Component;

/**
 * Who may read a department's tables: a holder of a grant on the department's code, or on
 * {@code *}, whatever its role, as any role reads a unit's tables. A grant on a member unit
 * alone is not enough: the department's tables add up units that unit's people may not see.
 * Without a grant the department does not exist for the caller, as a ledger does not; a view
 * as known at a recording time needs the history right there too.
 */
@Component
public class DepartmentAccess {

    private final SecurityEvents securityEvents;

    DepartmentAccess(SecurityEvents securityEvents) {
        this.securityEvents = securityEvents;
    }

    public void require(LedgerUser user, String code, Instant knownAt, HttpServletRequest request) {
        if (!user.canSee(code)) {
            if (request != null) {
                securityEvents.recordRefusal(request, user.username(), ErrorCode.DEPARTMENT_NOT_FOUND, "no grant on department " + code);
            }
            throw DepartmentPositions.notFound(code);
        }
        if (knownAt != null && !user.may(Action.READ_HISTORY, code)) {
            throw new LedgerRejection(ErrorCode.FORBIDDEN, "Your role on " + code + " does not allow a view as known at a "
                    + "time (RECORDER, APPROVER or AUDITOR)");
        }
    }
}
