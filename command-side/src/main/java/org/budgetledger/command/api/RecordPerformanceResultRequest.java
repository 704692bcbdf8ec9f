package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.budgetledger.command.ledger.Commands.RecordPerformanceResult;
import org.budgetledger.performance.QualitativeGrade;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;

/** {@code POST /ledgers/{unit}/{year}/performance-results}: RecordPerformanceResult (实际完成值). */
@Schema(description = "The result of one indicator: actual for a quantitative one, grade and scorePct for a qualitative one; "
        + "a result that misses its target needs a deviationReason")
record RecordPerformanceResultRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "pr-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED) PerformanceScopeRequest scope,
        @Schema(requiredMode = REQUIRED, description = "An indicator of the scope's targets", example = "OUT-1") String indicatorCode,
        @Schema(pattern = SetPerformanceTargetsRequest.DECIMAL, description = "实际完成值 of a quantitative indicator", example = "345")
        @Mismatch(SetPerformanceTargetsRequest.DECIMAL_MISMATCH) String actual,
        @Schema(description = "Of a qualitative indicator: ACHIEVED 80–100 %, PARTLY 60–80 %, NOT_ACHIEVED 0–60 %") QualitativeGrade grade,
        @Schema(pattern = "^[0-9]{1,3}(\\.[0-9]{1,2})?$", description = "Of a qualitative indicator: the share of the weight it "
                + "scores, in %, inside its grade's band", example = "90") @Mismatch("must be a percentage such as \"85\"") String scorePct,
        @Schema(description = "偏差原因: required when the target is missed") String deviationReason,
        @Schema(description = "佐证材料") String evidence,
        @Schema(requiredMode = REQUIRED, description = "From the year's 1 January to 31 March of the next year", example = "2024-01-15")
        LocalDate effectiveDate) implements ApiRequest {

    RecordPerformanceResult toCommand(LedgerRef ledger, String recordedBy) {
        return new RecordPerformanceResult(ledger.id(), requestId, recordedBy, scope.projectCode(), indicatorCode, actual, grade,
                scorePct, deviationReason, evidence, effectiveDate);
    }
}
