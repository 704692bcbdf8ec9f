package org.budgetledger.query.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ProjectionWritesTest {

    /** What reached the database, one line per statement or batch, in order. */
    private final List<String> sent = new ArrayList<>();

    private final JdbcTemplate database = new JdbcTemplate() {
        @Override
        public int update(String sql, Object... arguments) {
            sent.add(sql + " " + Arrays.toString(arguments));
            return 1;
        }

        @Override
        public int[] batchUpdate(String sql, List<? extends Object[]> batch) {
            sent.add(sql + " x" + batch.size() + " " + batch.stream().map(Arrays::toString).toList());
            return new int[batch.size()];
        }
    };

    private final ProjectionWrites writes = new ProjectionWrites(database);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void withoutATransactionEveryWriteIsSentAtOnce() {
        writes.update("INSERT a", 1);
        writes.position("POSITION", "ledger-entries", "U/2025", 7);

        assertThat(sent).containsExactly("INSERT a [1]", "POSITION [ledger-entries, U/2025, 7]");
    }

    @Test
    void inATransactionNothingIsSentBeforeTheCommitThenBatchesInOrderAndEachPositionOnce() {
        TransactionSynchronizationManager.initSynchronization();
        writes.update("INSERT a", 1);
        writes.update("INSERT a", 2);
        writes.update("INSERT b", 3);
        writes.update("INSERT a", 4);
        writes.position("POSITION", "ledger-entries", "U/2025", 1);
        writes.position("POSITION", "ledger-entries", "U/2025", 3);
        writes.position("POSITION", "ledger-entries", "V/2025", 2);
        assertThat(sent).isEmpty();

        beforeCommit();

        assertThat(sent).containsExactly(
                "INSERT a x2 [[1], [2]]",
                "INSERT b [3]",
                "INSERT a [4]",
                "POSITION x2 [[ledger-entries, U/2025, 3], [ledger-entries, V/2025, 2]]");
    }

    @Test
    void sendNowSendsWhatIsHeldSoThatAReadSeesIt() {
        TransactionSynchronizationManager.initSynchronization();
        writes.update("INSERT a", 1);
        writes.sendNow();
        assertThat(sent).containsExactly("INSERT a [1]");

        writes.update("INSERT a", 2);
        beforeCommit();
        assertThat(sent).containsExactly("INSERT a [1]", "INSERT a [2]");
    }

    private static void beforeCommit() {
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.beforeCommit(false));
    }
}
