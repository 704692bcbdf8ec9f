package org.budgetledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.line.LineMovement;
import org.budgetledger.performance.QualitativeGrade;

/**
 * The result (实际完成值) of one indicator of a scope (a project, or the unit when
 * {@code projectCode} is null): {@code actual} (a decimal string) for a quantitative indicator,
 * {@code grade} and {@code scorePct} for a qualitative one; a missed target carries its
 * {@code deviationReason}. A later result of the same indicator replaces it. Accepted until 31
 * March of the next year, after the close too: the evaluation follows the accounts.
 *
 * <p>Like every ledger event it carries the request that caused it ({@code requestId} and a
 * fingerprint of the request's content), who recorded it and when, and its effective date. It
 * touches no line.
 */
@Revision("1")
public record PerformanceResultRecorded(
    String ledgerId,
    String projectCode,
    String indicatorCode,
    String actual,
    QualitativeGrade grade,
    String scorePct,
    String deviationReason,
    String evidence,
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
