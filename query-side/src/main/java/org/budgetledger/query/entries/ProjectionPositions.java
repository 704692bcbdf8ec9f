package org.budgetledger.query.entries;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How far each projection has applied each ledger. Written in the same transaction as the read
 * model and the token, so a position is never ahead of the data it stands for.
 */
@Component
public class ProjectionPositions {

    /** Marks a transaction that already signals its commit, so that a batch of 200 events registers once. */
    private static final Object SIGNALLING = new Object();

    private final JdbcTemplate jdbc;
    private final ProjectionWrites writes;
    private final ProjectionSignals signals = new ProjectionSignals();

    public ProjectionPositions(JdbcTemplate jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** What readers wait on for the commits of this process's projections. */
    public ProjectionSignals signals() {
        return signals;
    }

    /** Moves the position with the projection's other writes of this transaction (once per ledger and transaction). */
    public void advance(String projection, String ledgerId, long sequence) {
        writes.position(ADVANCE, projection, ledgerId, sequence);
        signalOnCommit();
    }

    private static final String ADVANCE = """
            INSERT INTO projection_position (projection, ledger_id, sequence) VALUES (?, ?, ?)
            ON CONFLICT (projection, ledger_id) DO UPDATE SET sequence = GREATEST(projection_position.sequence, EXCLUDED.sequence)
            """;

    private void signalOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(SIGNALLING)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(SIGNALLING, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signals.committed();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SIGNALLING);
            }
        });
    }

    /** The last entry of the ledger the projection has applied; 0 if none. */
    public long of(String projection, String ledgerId) {
        Long sequence = jdbc.query("SELECT sequence FROM projection_position WHERE projection = ? AND ledger_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, projection, ledgerId);
        return sequence == null ? 0 : sequence;
    }

    /** The last entry of the ledger its entry rows hold: the {@code sequence} a query of the entries reflects. */
    public long ofEntries(String ledgerId) {
        return of(LedgerEntryProjection.NAME, ledgerId);
    }

    public void forget(String projection) {
        jdbc.update("DELETE FROM projection_position WHERE projection = ?", projection);
    }
}
