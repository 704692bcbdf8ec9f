package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budgetledger.command.ledger.Commands.SetPerformanceTargets;
import org.budgetledger.performance.Comparator;
import org.budgetledger.performance.IndicatorLevel1;
import org.budgetledger.performance.IndicatorLevel2;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.PerformanceScoring;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;

/** {@code POST /ledgers/{unit}/{year}/performance-targets}: SetPerformanceTargets (绩效目标). */
@Schema(description = "The performance targets of a project or of the unit; replaces the scope's earlier targets")
record SetPerformanceTargetsRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "pt-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED) PerformanceScopeRequest scope,
        @Schema(requiredMode = REQUIRED, description = "年度总体目标", example = "确保道路交通标志、标线、信号灯等设施科学规范")
        String overallGoal,
        @Schema(requiredMode = REQUIRED, description = "The indicators; their weights add up to 90") List<IndicatorRequest> indicators,
        @Schema(description = "The document that set them", example = "株财绩〔2023〕5号") String documentNo,
        @Schema(requiredMode = REQUIRED, description = "In the fiscal year", example = "2023-01-20") LocalDate effectiveDate)
        implements ApiRequest {

    static final String DECIMAL = "^-?[0-9]{1,12}(\\.[0-9]{1,6})?$";
    static final String DECIMAL_MISMATCH = "must be a decimal number such as \"98.5\"";

    /** One indicator (三级指标). */
    @Schema(name = "PerformanceIndicator")
    record IndicatorRequest(
            @Schema(requiredMode = REQUIRED, pattern = "^[A-Za-z0-9._-]{1,32}$", description = "Unique in the scope", example = "OUT-1")
            @Mismatch("must be 1 to 32 letters, digits or . _ -") String code,
            @Schema(requiredMode = REQUIRED, description = "一级指标") IndicatorLevel1 level1,
            @Schema(requiredMode = REQUIRED, description = "二级指标, under its level1") IndicatorLevel2 level2,
            @Schema(requiredMode = REQUIRED, description = "三级指标", example = "新建更新交通标志标牌") String name,
            @Schema(requiredMode = REQUIRED, description = "指标性质", allowableValues = {">=", "<=", "=", "QUALITATIVE"},
                    pattern = "^(>=|<=|=|QUALITATIVE)$") @Mismatch("must be one of >=, <=, = or QUALITATIVE") String comparator,
            @Schema(pattern = DECIMAL, description = "指标值; absent for a qualitative indicator", example = "300")
            @Mismatch(DECIMAL_MISMATCH) String target,
            @Schema(description = "度量单位", example = "套") String unit,
            @Schema(requiredMode = REQUIRED, pattern = "^[0-9]{1,2}(\\.[0-9]{1,2})?$", description = "分值, greater than zero",
                    example = "20") @Mismatch("must be points with at most 2 decimals, such as \"15\" or \"7.5\"") String weight)
            implements ApiRequest {

        @Override
        public void check(Violations violations) {
            if (level1 != null && level2 != null && level2.level1() != level1) {
                violations.reject("level2", level2 + " belongs to " + level2.level1() + ", not " + level1);
            }
            Comparator chosen = comparator == null ? null : Comparator.ofSymbol(comparator).orElse(null);
            if (chosen != null && chosen.quantitative() && target == null && !violations.has("target")) {
                violations.reject("target", "is required for a quantitative indicator");
            }
            if (chosen == Comparator.QUALITATIVE && target != null) {
                violations.reject("target", "must be absent for a qualitative indicator");
            }
            if (weight != null && !violations.has("weight") && new BigDecimal(weight).signum() <= 0) {
                violations.reject("weight", "must be greater than zero");
            }
        }

        PerformanceIndicator toIndicator() {
            return new PerformanceIndicator(code, level1, level2, name, Comparator.ofSymbol(comparator).orElseThrow(), target,
                    unit, weight);
        }
    }

    @Override
    public void check(Violations violations) {
        if (indicators == null) {
            return;
        }
        if (indicators.isEmpty()) {
            violations.reject("indicators", "must name at least one indicator");
            return;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRequest indicator = indicators.get(i);
            if (indicator == null) {
                complete = false;
                continue;
            }
            if (indicator.code() != null && !codes.add(indicator.code())) {
                violations.reject("indicators[" + i + "].code", "repeats " + indicator.code() + ": codes are unique in a scope");
            }
            if (indicator.weight() == null || violations.has("indicators[" + i + "].weight")) {
                complete = false;
            } else {
                sum = sum.add(new BigDecimal(indicator.weight()));
            }
        }
        if (complete && sum.compareTo(PerformanceScoring.INDICATOR_POINTS) != 0) {
            violations.reject("indicators", "weights add up to " + sum.stripTrailingZeros().toPlainString()
                    + ", not 90 (budget execution holds the other 10 points)");
        }
    }

    SetPerformanceTargets toCommand(LedgerRef ledger, String recordedBy) {
        return new SetPerformanceTargets(ledger.id(), requestId, recordedBy, scope.projectCode(), overallGoal,
                indicators.stream().map(IndicatorRequest::toIndicator).toList(), documentNo, effectiveDate);
    }
}
