package org.budgetledger.command.department;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetledger.department.DepartmentRegistryIds;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Violations;

/** {@code PUT /departments/{code}}: the department's name and its member units. */
@Schema(name = "DefineDepartment", description = "A department (主管部门) and its member units; replaces the members "
        + "from fromYear on (every year when fromYear is absent). A unit is a member of at most one department per year.")
record DefineDepartmentRequest(
        @Schema(requiredMode = REQUIRED, description = "The department's name", example = "株洲市公安局") String name,
        @Schema(requiredMode = REQUIRED, description = "The member units' codes (1 to 32 letters, digits or -); each must "
                + "have a ledger. An empty list leaves the department without members from fromYear on",
                example = "[\"ZZGA-BJ\", \"ZZJJ\"]") List<String> units,
        @Schema(minimum = "" + LedgerPaths.MIN_YEAR, maximum = "" + LedgerPaths.MAX_YEAR, description = "The first fiscal "
                + "year these members apply to; later years keep them until changed. Absent: every year", example = "2023")
        Integer fromYear) implements ApiRequest {

    private static final String UNIT_CODE = "[A-Za-z0-9-]{1,32}";

    @Override
    public void check(Violations violations) {
        if (units == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            if (unit == null || !unit.matches(UNIT_CODE)) {
                violations.reject("units[" + i + "]", "must be a unit code: 1 to 32 letters, digits or -");
            } else if (!seen.add(unit)) {
                violations.reject("units[" + i + "]", "names " + unit + " twice");
            }
        }
        if (fromYear != null && (fromYear < LedgerPaths.MIN_YEAR || fromYear > LedgerPaths.MAX_YEAR)) {
            violations.reject("fromYear", "must be a year from " + LedgerPaths.MIN_YEAR + " to " + LedgerPaths.MAX_YEAR);
        }
    }

    DefineDepartment toCommand(String code, String recordedBy) {
        return new DefineDepartment(DepartmentRegistryIds.REGISTRY, code, name,
                fromYear == null ? DepartmentRegistryIds.EVERY_YEAR : fromYear, units, recordedBy);
    }
}
