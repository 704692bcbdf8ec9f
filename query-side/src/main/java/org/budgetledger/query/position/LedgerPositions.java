package org.budgetledger.query.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.Movement;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.entries.EntryRow;
import org.budgetledger.query.entries.EntryRows;
import org.budgetledger.query.entries.LedgerEntryProjection;
import org.budgetledger.query.entries.PerformancePayload;
import org.budgetledger.query.entries.ProjectionPositions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a ledger's position from its entry rows: now, as of an effective date, or as known
 * at a recording time. Lines come out in the order they first appeared in the ledger.
 */
@Component
public class LedgerPositions {

    private final EntryRows rows;
    private final LedgerDirectory directory;
    private final ProjectionPositions projections;

    public LedgerPositions(EntryRows rows, LedgerDirectory directory, ProjectionPositions projections) {
        this.rows = rows;
        this.directory = directory;
        this.projections = projections;
    }

    /**
     * One consistent snapshot of the read side: the directory, the projection's position and
     * the rows are read in one repeatable-read transaction, so the answer's sequence is exactly
     * what its rows contain even while a batch commits.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LedgerPosition of(String ledgerId, LocalDate asOf, Instant knownAt) {
        LedgerSummary summary = directory.require(ledgerId);
        long sequence = projections.of(LedgerEntryProjection.NAME, ledgerId);
        return compute(summary, sequence, rows.of(ledgerId, asOf, knownAt), asOf, knownAt);
    }

    /** The position that the given rows, in entry order, add up to. */
    static LedgerPosition compute(LedgerSummary summary, long sequence, List<EntryRow> entries, LocalDate asOf,
            Instant knownAt) {
        Map<String, LineAccumulator> lines = new LinkedHashMap<>();
        Map<ThreePublicCategory, Long> budgets = new EnumMap<>(ThreePublicCategory.class);
        int batches = 0;
        int guests = 0;
        int vehicles = 0;
        boolean closed = false;
        Evaluation.Builder evaluation = new Evaluation.Builder();
        for (EntryRow row : entries) {
            if (row.line() != null) {
                lines.computeIfAbsent(row.line().key(), key -> new LineAccumulator(row.line())).add(row);
                if (row.line().fund().isFiscal()) {
                    batches += row.receptionBatches();
                    guests += row.receptionGuests();
                    vehicles += row.vehiclesPurchased();
                }
            } else if (row.movement() == Movement.THREE_PUBLIC_BUDGET) {
                budgets.put(ThreePublicCategory.valueOf(row.threePublicCategory()), row.amountFen());
            } else if (row.movement() == Movement.CLOSED) {
                closed = true;
            } else if (row.movement() == Movement.PERFORMANCE_TARGETS) {
                PerformancePayload.Targets set = PerformancePayload.targets(row);
                evaluation.targets(new Evaluation.Targets(set.projectCode(), set.overallGoal(), row.documentNo(),
                        row.effectiveDate(), List.copyOf(set.indicators())));
            } else if (row.movement() == Movement.PERFORMANCE_RESULT) {
                PerformancePayload.Result result = PerformancePayload.result(row);
                evaluation.result(result.projectCode(), result.indicatorCode(), new Evaluation.Result(result.actual(),
                        result.grade(), result.scorePct(), result.deviationReason(), result.evidence(), row.effectiveDate(),
                        row.recordedBy()));
            }
        }
        List<LinePosition> positions = new ArrayList<>();
        lines.values().forEach(accumulator -> positions.add(accumulator.position()));
        return new LedgerPosition(summary.ledgerId(), summary.unitCode(), summary.unitName(), summary.fiscalYear(),
                sequence, asOf, knownAt, closed, List.copyOf(positions), Map.copyOf(budgets),
                new ExpenditureStatistics(batches, guests, vehicles), evaluation.build());
    }
}
