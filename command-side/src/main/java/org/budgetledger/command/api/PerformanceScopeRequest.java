package org.budgetledger.command.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;

/** The scope of performance targets and results: one project, or the unit's overall spending. */
@Schema(name = "PerformanceScope", description = "{\"projectCode\":\"P01\"} or {\"unit\":true}")
record PerformanceScopeRequest(
        @Schema(pattern = "^[A-Za-z0-9._-]{1,32}$", description = "A project of the ledger", example = "ZZJJ-P01")
        @Mismatch("must be 1 to 32 letters, digits or . _ -") String projectCode,
        @Schema(description = "true for the unit's overall spending (整体支出)") Boolean unit) implements ApiRequest {

    @Override
    public void check(Violations violations) {
        boolean isUnit = Boolean.TRUE.equals(unit);
        if (projectCode == null && !isUnit && !violations.has("projectCode")) {
            violations.reject("projectCode", "or unit:true is required");
        } else if (projectCode != null && isUnit) {
            violations.reject("unit", "must be absent when projectCode names the scope");
        }
    }
}
