package org.budgetledger.query.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.LedgerIds;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.Movement;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.entries.EntryRow;
import org.budgetledger.query.entries.EntryRows;
import org.budgetledger.query.entries.LedgerEntryProjection;
import org.budgetledger.query.entries.PerformancePayload;
import org.budgetledger.query.entries.ProjectionPositions;
import org.budgetledger.query.entries.StatementPayload;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.StatementKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a ledger's position: now, as of an effective date, or as known at a recording time.
 * The rows on lines come summed by line and movement ({@link EntryRows#totals}: now the running
 * totals the projection keeps, otherwise aggregated by the database), the few rows without a
 * line one by one; both are folded exactly as every row would be, through the same
 * {@link LineAccumulator}, so summing first cannot change a figure. Lines come out in the order
 * they first appeared in the ledger. The procurement totals come from the few procured rows,
 * read one by one beside the totals (which do not keep procurement apart).
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
        return inSnapshot(ledgerId, folded, rows.procured(ledgerId, asOf, knownAt), asOf, knownAt);
    }

    /**
     * The position of the unit's previous year ({@code <unit>/<year-1>}) when that year is in the
     * books, else null: the whole of that year, as known at {@code knownAt} when given (a position
     * as known at some time compares with what was known of the previous year then too).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LedgerPosition previousYearOf(LedgerPosition position, Instant knownAt) {
        String previous = LedgerIds.of(position.unitCode(), position.fiscalYear() - 1);
        if (directory.find(previous).isEmpty()) {
            return null;
        }
        return of(previous, null, knownAt);
    }

    /**
     * The same position from every row, one at a time: the way it was computed before the
     * totals, kept as the reference {@link #of} must always equal (the equivalence tests).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    LedgerPosition ofEveryRow(String ledgerId, LocalDate asOf, Instant knownAt) {
        List<EntryRow> every = rows.of(ledgerId, asOf, knownAt);
        return inSnapshot(ledgerId, every, procured(every), asOf, knownAt);
    }

    /** Within the caller's snapshot (whichever statement came first took it), so the order of the reads does not matter. */
    private LedgerPosition inSnapshot(String ledgerId, List<EntryRow> folded, List<EntryRow> procured, LocalDate asOf,
            Instant knownAt) {
        return compute(directory.require(ledgerId), projections.of(LedgerEntryProjection.NAME, ledgerId), folded,
                procured, asOf, knownAt);
    }

    /** The rows of {@code rows} that spend under procurement or reverse such spending, as {@link EntryRows#procured} reads them. */
    static List<EntryRow> procured(List<EntryRow> rows) {
        return rows.stream().filter(row -> row.procurementMethod() != null
                && (row.movement() == Movement.SPEND || row.movement() == Movement.REVERSAL)).toList();
    }

    /** The position of every row, one at a time, the procured ones among them counted for procurement. */
    static LedgerPosition compute(LedgerSummary summary, long sequence, List<EntryRow> entries, LocalDate asOf,
            Instant knownAt) {
        return compute(summary, sequence, entries, procured(entries), asOf, knownAt);
    }

    /**
     * The position that the given rows add up to: the rows of each line in entry order (or
     * summed, in the order of their first rows), the rows without a line in entry order; the
     * procurement totals from {@code procured}, the procured SPEND and REVERSAL rows one by one.
     */
    static LedgerPosition compute(LedgerSummary summary, long sequence, List<EntryRow> entries, List<EntryRow> procured,
            LocalDate asOf, Instant knownAt) {
        Map<String, LineAccumulator> lines = new LinkedHashMap<>();
        Map<ThreePublicCategory, Long> budgets = new EnumMap<>(ThreePublicCategory.class);
        int batches = 0;
        int guests = 0;
        int vehicles = 0;
        boolean closed = false;
        Evaluation.Builder evaluation = new Evaluation.Builder();
        Map<ControlBudgetCategory, Long> controlBudgets = new EnumMap<>(ControlBudgetCategory.class);
        Map<StatementKind, Map<String, String>> statements = new EnumMap<>(StatementKind.class);
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
            } else if (row.movement() == Movement.CONTROL_BUDGET) {
                controlBudgets.put(ControlBudgetCategory.valueOf(row.controlBudgetCategory()), row.amountFen());
            } else if (row.movement() == Movement.STATEMENT) {
                statements.put(StatementKind.valueOf(row.statementKind()),
                        Collections.unmodifiableMap(new TreeMap<>(StatementPayload.figures(row))));
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
        ProcurementTotals.Builder procurement = new ProcurementTotals.Builder();
        for (EntryRow row : procured) {
            procurement.add(row.procurement(), row.movement().signedFen(row.amountFen()));
        }
        List<LinePosition> positions = new ArrayList<>();
        lines.values().forEach(accumulator -> positions.add(accumulator.position()));
        return new LedgerPosition(summary.ledgerId(), summary.unitCode(), summary.unitName(), summary.fiscalYear(),
                sequence, asOf, knownAt, closed, List.copyOf(positions), Map.copyOf(budgets),
                new ExpenditureStatistics(batches, guests, vehicles), evaluation.build(), Map.copyOf(controlBudgets),
                procurement.build(), Map.copyOf(statements));
    }
}
