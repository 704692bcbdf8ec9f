package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.LineMovement;
import org.budgetledger.performance.PerformanceIndicator;

/**
 * The performance targets (绩效目标) of one scope were set: a project ({@code projectCode}) or,
 * when {@code projectCode} is null, the unit's overall spending. They replace the scope's earlier
 * targets; the earlier entry stays in the history. The weights add up to 90 (budget execution
 * holds the other 10).
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content), who recorded it and when, and its effective date. It
 * touches no line.
 */
@Revision("1")
public record PerformanceTargetsSet(
    String ledgerId,
    String projectCode,
    String overallGoal,
    List<PerformanceIndicator> indicators,
    String documentNo,
    LocalDate effectiveDate,
    String requestId,
    String requestFingerprint,
    String recordedBy,
    Instant recordedAt) implements LedgerEvent {

    @Override
    public List<LineMovement> lineMovements() {
        return List.of();
    }
}
