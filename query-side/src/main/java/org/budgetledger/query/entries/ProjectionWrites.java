package org.budgetledger.query.entries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The projections' writes, held back until their transaction is about to commit and then sent as
 * JDBC batches. An event processor applies up to a batch of events (200) in one transaction with
 * its token; sending each event's statements at once cost a round trip to the database each, which
 * was most of a replay's time. Only the order of the writes matters (a handler that reads rows the
 * projection writes calls {@link #sendNow()} first, so that it sees every earlier event of the
 * batch): statements go out in the order they were queued (consecutive
 * ones with the same SQL in one JDBC batch), then each ledger's position, once, at the highest
 * sequence the transaction reached. A failure of the batch fails the commit, and the processor
 * rolls the events back with their token and retries them, as when a single statement failed.
 *
 * <p>Outside a transaction (a handler called directly) every write is sent at once.
 */
@Component
public class ProjectionWrites {

    private final JdbcTemplate jdbc;

    public ProjectionWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sends {@code sql} with {@code arguments} before the transaction commits (at once without one). */
    public void update(String sql, Object... arguments) {
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(sql, arguments);
        } else {
            pending.statements.add(new Statement(sql, arguments));
        }
    }

    /**
     * Runs {@code positionSql} (parameters projection, ledger, sequence) for the highest {@code sequence}
     * of each ledger of this transaction, after its other writes; at once without a transaction.
     */
    public void position(String positionSql, String projection, String ledgerId, long sequence) {
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(positionSql, projection, ledgerId, sequence);
        } else {
            pending.positionSql = positionSql;
            pending.positions.merge(new PositionKey(projection, ledgerId), sequence, Math::max);
        }
    }

    /** Sends what this transaction holds back now, before a read of the projection's own rows. */
    public void sendNow() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            send(pending);
        }
    }

    /** The writes waiting for this thread's transaction, registered with it on first use; null without one. */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    send(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ProjectionWrites.this);
                }
            });
            pending = created;
        }
        return pending;
    }

    private void send(Pending pending) {
        List<Statement> statements = pending.statements;
        int start = 0;
        while (start < statements.size()) {
            String sql = statements.get(start).sql();
            int end = start;
            List<Object[]> arguments = new ArrayList<>();
            while (end < statements.size() && statements.get(end).sql().equals(sql)) {
                arguments.add(statements.get(end).arguments());
                end++;
            }
            if (arguments.size() == 1) {
                jdbc.update(sql, arguments.get(0));
            } else {
                jdbc.batchUpdate(sql, arguments);
            }
            start = end;
        }
        statements.clear();
        if (!pending.positions.isEmpty()) {
            List<Object[]> arguments = new ArrayList<>();
            pending.positions.forEach((key, sequence) -> arguments.add(new Object[] {key.projection(), key.ledgerId(), sequence}));
            jdbc.batchUpdate(pending.positionSql, arguments);
            pending.positions.clear();
        }
    }

    private record Statement(String sql, Object[] arguments) {
    }

    private record PositionKey(String projection, String ledgerId) {
    }

    private static final class Pending {
        final List<Statement> statements = new ArrayList<>();
        final Map<PositionKey, Long> positions = new LinkedHashMap<>();
        String positionSql;
    }
}
