package org.budgetledger.query.api;

import java.time.Duration;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.query.entries.ProjectionPositions;
import org.budgetledger.query.replay.ProjectionReplay;
import org.springframework.stereotype.Component;

/**
 * {@code minSequence}: a query that names the entry a client has just written waits until the
 * read models it reads have applied it, and gives up with {@code PROJECTION_BEHIND} after the wait.
 */
@Component
public class ReadYourWrites {

    private static final long POLL_MILLIS = 25;

    private final ProjectionPositions positions;
    private final Duration maxWait;

    ReadYourWrites(ProjectionPositions positions, ReadSideSettings settings) {
        this.positions = positions;
        this.maxWait = settings.minSequenceWait();
    }

    /**
     * Waits until every read model has applied the entry: a ledger query reads the directory
     * (does the ledger exist?) and the entries, which are projected by separate processors.
     * The UI waits here too, so that the page it shows after a command already shows its effect.
     */
    public void awaitReadModels(String ledgerId, Long minSequence) {
        for (String projection : ProjectionReplay.PROJECTIONS) {
            await(projection, ledgerId, minSequence);
        }
    }

    void await(String projection, String ledgerId, Long minSequence) {
        if (minSequence == null || minSequence <= 0) {
            return;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        // Read the commit count before the position, so a commit between the two is never missed.
        long seen = positions.signals().commits();
        while (positions.of(projection, ledgerId) < minSequence) {
            if (System.nanoTime() > deadline) {
                throw new LedgerRejection(ErrorCode.PROJECTION_BEHIND, "The read side has not applied entry " + minSequence
                        + " of ledger " + ledgerId + " within " + maxWait.toSeconds() + " s; ask again shortly");
            }
            try {
                // Woken by a commit of this process's projections; at most POLL_MILLIS for another node's.
                positions.signals().awaitCommitAfter(seen, POLL_MILLIS);
                seen = positions.signals().commits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LedgerRejection(ErrorCode.PROJECTION_BEHIND, "Interrupted while waiting for the read side");
            }
        }
    }
}
