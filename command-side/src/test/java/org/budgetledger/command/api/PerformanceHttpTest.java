package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.projectLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.command.LedgerApi;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** Performance targets and results over HTTP: the shape rules of the contract, each refusal recording nothing. */
class PerformanceHttpTest extends CommandSideHttpTest {

    private static Map<String, Object> indicator(String code, String level1, String level2, String comparator, String target,
            String weight) {
        Map<String, Object> indicator = map("code", code, "level1", level1, "level2", level2, "name", "指标 " + code,
                "comparator", comparator, "unit", "个", "weight", weight);
        if (target != null) {
            indicator.put("target", target);
        }
        return indicator;
    }

    private static Map<String, Object> targets(String requestId, Map<String, Object> scope, List<Map<String, Object>> indicators) {
        return map("requestId", requestId, "scope", scope, "overallGoal", "保障道路畅通安全", "indicators", indicators,
                "documentNo", "株财绩〔2023〕5号", "effectiveDate", "2023-01-20");
    }

    private static List<Map<String, Object>> valid() {
        return new ArrayList<>(List.of(indicator("OUT-1", "OUTPUT", "QUANTITY", ">=", "300", "40"),
                indicator("EFF-1", "EFFECT", "SOCIAL", "QUALITATIVE", null, "30"),
                indicator("SAT-1", "SATISFACTION", "SATISFACTION", ">=", "90", "20")));
    }

    private String unitWithProject() {
        String unit = newUnit("PERF");
        open2023(unit);
        accepted(api.command(unit, 2023, "appropriations", appropriation("app-1", projectLine("P01", "交通设施维护"), "500.00")));
        return unit;
    }

    @Test
    void targetsAndAResultAreRecorded() {
        String unit = unitWithProject();

        Answer set = accepted(api.command(unit, 2023, "performance-targets", targets("pt-1", map("projectCode", "P01"), valid())));

        assertThat(events.count(unit + "/2023", "PerformanceTargetsSet")).isEqualTo(1);
        LedgerApi clerk = api.ensureUser("perf-clerk-" + unit, unit + ":RECORDER");
        Answer result = accepted(clerk.command(unit, 2023, "performance-results", map("requestId", "r-1", "scope",
                map("projectCode", "P01"), "indicatorCode", "OUT-1", "actual", "345", "effectiveDate", "2024-01-15")));
        assertThat(result.sequence()).isEqualTo(set.sequence() + 1);
        refused(unit + "/2023", ErrorCode.FORBIDDEN, () -> clerk.command(unit, 2023, "performance-targets",
                targets("pt-2", map("unit", true), valid())));
    }

    @Test
    void weightsThatDoNotAddUpToNinetyAreRefused() {
        String unit = unitWithProject();
        List<Map<String, Object>> indicators = valid();
        indicators.set(2, indicator("SAT-1", "SATISFACTION", "SATISFACTION", ">=", "90", "19.5"));

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "performance-targets",
                targets("pt-1", map("unit", true), indicators)));

        assertThat(answer.body().path("errors").toString()).contains("indicators").contains("89.5");
    }

    @Test
    void everyBadIndicatorFieldIsNamedAtOnce() {
        String unit = unitWithProject();
        List<Map<String, Object>> indicators = new ArrayList<>(List.of(
                indicator("OUT-1", "OUTPUT", "SOCIAL", ">=", "300", "40"),
                indicator("OUT-1", "EFFECT", "SOCIAL", "~", "1", "30"),
                indicator("SAT-1", "SATISFACTION", "SATISFACTION", ">=", null, "20")));

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "performance-targets",
                targets("pt-1", map(), indicators)));

        String errors = answer.body().path("errors").toString();
        assertThat(errors).contains("indicators[0].level2", "indicators[1].code", "indicators[1].comparator",
                "indicators[2].target", "scope.projectCode");
    }

    @Test
    void aMissedTargetWithoutReasonAndAResultOutsideTheEvaluationPeriodAreRefused() {
        String unit = unitWithProject();
        accepted(api.command(unit, 2023, "performance-targets", targets("pt-1", map("projectCode", "P01"), valid())));

        Answer missed = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "performance-results",
                map("requestId", "r-1", "scope", map("projectCode", "P01"), "indicatorCode", "OUT-1", "actual", "250",
                        "effectiveDate", "2024-01-15")));
        assertThat(missed.body().path("errors").toString()).contains("deviationReason");
        refused(unit + "/2023", ErrorCode.DATE_OUTSIDE_FISCAL_YEAR, () -> api.command(unit, 2023, "performance-results",
                map("requestId", "r-2", "scope", map("projectCode", "P01"), "indicatorCode", "OUT-1", "actual", "345",
                        "effectiveDate", "2024-04-01")));
        refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "performance-targets",
                targets("pt-2", map("projectCode", "P77"), valid())));
    }
}
