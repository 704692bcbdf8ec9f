package org.budgetledger.query.narrative;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.events.LedgerIds;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.report.ReportBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 情况说明 of a ledger from its books: the position as of {@code asOf} and as known at
 * {@code knownAt} (as the tables are computed), its tables, the previous year and the facts the
 * unit stated, written by {@link NarrativeWriter}.
 */
@Component
public class BookNarrativeGenerator implements NarrativeGenerator {

    private final LedgerPositions positions;
    private final NarrativeWriter writer;

    public BookNarrativeGenerator(LedgerPositions positions, ReportBuilder builder, ClassificationCatalogue catalogue) {
        this.positions = positions;
        this.writer = new NarrativeWriter(builder, catalogue);
    }

    /** In one snapshot of the read side, so the year and its previous year are read as of the same moment. */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Narrative generate(String unitCode, int fiscalYear, LocalDate asOf, Instant knownAt) {
        LedgerPosition position = positions.of(LedgerIds.of(unitCode, fiscalYear), asOf, knownAt);
        return writer.write(position, positions.previousYearOf(position, knownAt));
    }
}
