package org.budgetledger.query.department;

import org.budgetledger.platform.security.DepartmentVisibility;
import org.budgetledger.platform.security.Grant;
import org.budgetledger.platform.security.LedgerUser;
import org.springframework.stereotype.Component;

/**
 * A grant on a department reads its members' ledgers, in the years they are members: the
 * department's people check the figures they consolidate. Any role on the department gives
 * this VIEWER right and no other (recording stays with the unit's own grants).
 */
@Component
class DepartmentGrants implements DepartmentVisibility {

    private final DepartmentDirectory directory;

    DepartmentGrants(DepartmentDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean viewsThroughDepartment(LedgerUser user, String unitCode, int fiscalYear) {
        if (user.grants().stream().allMatch(grant -> Grant.EVERY_UNIT.equals(grant.unitCode()))) {
            // No grant names a single code: nothing to look up (and a * grant sees every unit anyway).
            return false;
        }
        return directory.holding(unitCode, fiscalYear).stream()
                .anyMatch(department -> user.grants().stream().anyMatch(grant -> grant.unitCode().equals(department)));
    }
}
