package org.budgetledger.query.position;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.QualitativeGrade;

/**
 * The performance self-evaluation (绩效自评) of a ledger at some point of its history: the current
 * targets of each scope (a project, or the unit) and the latest result of each indicator. Like
 * the lines, it is added up from the ledger's entries, so {@code asOf}/{@code knownAt} apply.
 *
 * @param targets by scope key ({@link #UNIT} or the project code), in the order first set
 * @param results by scope key, then indicator code
 */
public record Evaluation(Map<String, Targets> targets, Map<String, Map<String, Result>> results) {

    /** The scope key of the unit's overall spending (整体支出). */
    public static final String UNIT = "";

    public static final Evaluation NONE = new Evaluation(Map.of(), Map.of());

    /** A scope's targets as last set. */
    public record Targets(String projectCode, String overallGoal, String documentNo, LocalDate setOn,
            List<PerformanceIndicator> indicators) {
    }

    /** An indicator's latest result. */
    public record Result(String actual, QualitativeGrade grade, String scorePct, String deviationReason, String evidence,
            LocalDate recordedOn, String recordedBy) {
    }

    public static String scopeKey(String projectCode) {
        return projectCode == null ? UNIT : projectCode;
    }

    public Optional<Targets> targetsOf(String projectCode) {
        return Optional.ofNullable(targets.get(scopeKey(projectCode)));
    }

    public Optional<Result> resultOf(String projectCode, String indicatorCode) {
        return Optional.ofNullable(results.getOrDefault(scopeKey(projectCode), Map.of()).get(indicatorCode));
    }

    /** The projects that have targets, in the order they were first set. */
    public List<String> projectCodes() {
        return targets.values().stream().map(Targets::projectCode).filter(code -> code != null).toList();
    }

    /** Folds a ledger's performance entries, in entry order. */
    static final class Builder {
        private final Map<String, Targets> targets = new LinkedHashMap<>();
        private final Map<String, Map<String, Result>> results = new LinkedHashMap<>();

        void targets(Targets set) {
            targets.put(scopeKey(set.projectCode()), set);
        }

        void result(String projectCode, String indicatorCode, Result result) {
            results.computeIfAbsent(scopeKey(projectCode), key -> new LinkedHashMap<>()).put(indicatorCode, result);
        }

        Evaluation build() {
            Map<String, Map<String, Result>> copy = new LinkedHashMap<>();
            results.forEach((scope, byCode) -> copy.put(scope, Map.copyOf(byCode)));
            return new Evaluation(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets)),
                    java.util.Collections.unmodifiableMap(copy));
        }
    }
}
