package org.budgetledger.query.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.budgetledger.events.LedgerEvent;
import org.budgetledger.events.LedgerOpened;
import org.budgetledger.events.YearClosed;
import org.budgetledger.query.entries.ProjectionPositions;
import org.budgetledger.query.entries.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects the list of ledgers: unit, year, name, status and entry count.
 *
 * <p>Safe with several segments and several nodes: each handler writes only the event's own
 * ledger's row of {@code ledger_directory} and its {@code projection_position}, and the events of
 * one ledger (one aggregate) stay in one segment under Axon's default sequencing policy, so they
 * are applied in order by one node at a time and no two segments write the same row.
 */
@Component
@ProcessingGroup(LedgerDirectoryProjection.NAME)
public class LedgerDirectoryProjection {

    public static final String NAME = "ledger-directory";

    private final JdbcTemplate jdbc;
    /** The writes of a batch of events, sent together before its transaction commits. */
    private final ProjectionWrites writes;
    private final ProjectionPositions positions;

    public LedgerDirectoryProjection(JdbcTemplate jdbc, ProjectionWrites writes, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.positions = positions;
    }

    @EventHandler
    void on(LedgerOpened event, @SequenceNumber long index) {
        writes.update("""
                INSERT INTO ledger_directory (ledger_id, unit_code, unit_name, fiscal_year, status, sequence, opened_at)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?)
                """, event.ledgerId(), event.unitCode(), event.unitName(), event.fiscalYear(), index + 1,
                java.sql.Timestamp.from(event.recordedAt()));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(YearClosed event, @SequenceNumber long index) {
        writes.update("UPDATE ledger_directory SET status = 'CLOSED', sequence = GREATEST(sequence, ?) WHERE ledger_id = ?", index + 1, event.ledgerId());
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    /**
     * Every other ledger event only moves its ledger's entry count. Axon calls the most specific
     * handler of this class, so opening and close go to theirs; an event that is no ledger event
     * (none exists today) is not this projection's business.
     */
    @EventHandler
    void on(LedgerEvent event, @SequenceNumber long index) {
        writes.update("UPDATE ledger_directory SET sequence = GREATEST(sequence, ?) WHERE ledger_id = ?", index + 1,
                event.ledgerId());
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM ledger_directory");
        positions.forget(NAME);
    }
}
