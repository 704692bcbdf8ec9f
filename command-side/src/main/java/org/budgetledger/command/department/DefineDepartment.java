package org.budgetledger.command.department;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Names a department and sets its member units from {@code fromYear} on
 * ({@code DepartmentRegistryIds.EVERY_YEAR} for every year). Sent to the one registry.
 */
public record DefineDepartment(@TargetAggregateIdentifier String registryId, String departmentCode, String name,
        int fromYear, List<String> units, String recordedBy) {

    public DefineDepartment {
        units = List.copyOf(units);
    }
}
