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
 * Computes a ledger's position: now, as of an effective date, or as known at a recording time.
 * The rows on lines come summed by line and movement ({@link EntryRows#totals}: now the running
 * totals the projection keeps, otherwise aggregated by the database), the few rows without a
 * line one by one; both are folded exactly as every row would be, through the same
 * {@link LineAccumulator}, so summing first cannot change a figure. Lines come out in the order
 * they first appeared in the ledger.
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
        List<EntryRow> folded = new ArrayList<>(rows.totals(ledgerId, asOf, knownAt));
        folded.addAll(rows.withoutLine(ledgerId, asOf, knownAt));
        return inSnapshot(ledgerId, folded, asOf, knownAt);
    }

    /**
     * The same position from every row, one at a time: the way it was computed before the
     * totals, kept as the reference {@link #of} must always equal (the equivalence tests).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    LedgerPosition ofEveryRow(String ledgerId, LocalDate asOf, Instant knownAt) {
        return inSnapshot(ledgerId, rows.of(ledgerId, asOf, knownAt), asOf, knownAt);
    }

    /** Within the caller's snapshot (whichever statement came first took it), so the order of the reads does not matter. */
    private LedgerPosition inSnapshot(String ledgerId, List<EntryRow> folded, LocalDate asOf, Instant knownAt) {
        return compute(directory.require(ledgerId), projections.of(LedgerEntryProjection.NAME, ledgerId), folded, asOf,
                knownAt);
    }

    /**
     * The position that the given rows add up to: the rows of each line in entry order (or
     * summed, in the order of their first rows), the rows without a line in entry order.
     */
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
