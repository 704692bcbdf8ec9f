package org.budgetledger.command.department;

import java.util.List;

/**
 * A department as a {@link DefineDepartment} left it: {@code changed} is false when the command
 * asked for what was already so and recorded nothing; {@code sequence} is the registry's event
 * count after it (what the query side's directory must have applied to show it).
 */
public record DepartmentOutcome(String departmentCode, String name, int fromYear, List<String> units, long sequence,
        boolean changed) {
}
