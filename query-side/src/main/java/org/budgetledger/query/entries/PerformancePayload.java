package org.budgetledger.query.entries;

import java.util.List;
import org.budgetledger.events.PerformanceResultRecorded;
import org.budgetledger.events.PerformanceTargetsSet;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.QualitativeGrade;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON content of a performance entry's row ({@code ledger_entry.payload}): what the
 * self-evaluation tables need of a {@link PerformanceTargetsSet} or a {@link PerformanceResultRecorded}.
 */
public final class PerformancePayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The targets of a scope (projectCode null: the unit). */
    public record Targets(String projectCode, String overallGoal, List<PerformanceIndicator> indicators) {
    }

    /** The result of one indicator of a scope. */
    public record Result(String projectCode, String indicatorCode, String actual, QualitativeGrade grade, String scorePct,
            String deviationReason, String evidence) {
    }

    private PerformancePayload() {
    }

    static String of(PerformanceTargetsSet event) {
        return JSON.writeValueAsString(new Targets(event.projectCode(), event.overallGoal(), event.indicators()));
    }

    static String of(PerformanceResultRecorded event) {
        return JSON.writeValueAsString(new Result(event.projectCode(), event.indicatorCode(), event.actual(), event.grade(),
                event.scorePct(), event.deviationReason(), event.evidence()));
    }

    public static Targets targets(EntryRow row) {
        return JSON.readValue(row.payload(), Targets.class);
    }

    public static Result result(EntryRow row) {
        return JSON.readValue(row.payload(), Result.class);
    }
}
