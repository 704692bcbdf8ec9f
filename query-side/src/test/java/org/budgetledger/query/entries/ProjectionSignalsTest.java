package org.budgetledger.query.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A reader waiting for a projection commit is woken by it, not by the end of its wait. */
class ProjectionSignalsTest {

    @Test
    void aCommitWakesTheReaderThatSawTheCountBeforeIt() throws Exception {
        ProjectionSignals signals = new ProjectionSignals();
        long seen = signals.commits();
        CompletableFuture<Long> reader = CompletableFuture.supplyAsync(() -> {
            try {
                // An hour: only the commit can end this wait within the test's timeout.
                signals.awaitCommitAfter(seen, TimeUnit.HOURS.toMillis(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return signals.commits();
        });

        signals.committed();

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo(seen + 1);
    }

    @Test
    void aCommitBeforeTheWaitIsNotMissed() throws Exception {
        ProjectionSignals signals = new ProjectionSignals();
        long seen = signals.commits();
        signals.committed();

        signals.awaitCommitAfter(seen, TimeUnit.HOURS.toMillis(1));

        assertThat(signals.commits()).isEqualTo(seen + 1);
    }
}
