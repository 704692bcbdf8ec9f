package org.budgetledger.query.department;

import java.util.List;
import org.budgetledger.department.DepartmentMembership;

/** A department as the directory knows it: its current name and its membership history. */
public record Department(String code, String name, DepartmentMembership membership) {

    public List<String> unitsIn(int fiscalYear) {
        return membership.unitsIn(fiscalYear);
    }
}
