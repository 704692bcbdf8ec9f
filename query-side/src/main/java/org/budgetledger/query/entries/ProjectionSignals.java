package org.budgetledger.query.entries;

/**
 * Tells waiting readers that a projection transaction of this process has committed, so that a
 * query with {@code minSequence} wakes when its entry lands instead of at its next poll. Positions
 * committed by another process (another query node owning the ledger's segment) are still seen,
 * by the readers' bounded wait.
 */
public final class ProjectionSignals {

    private final Object monitor = new Object();
    private long commits;

    /** A count that changes at every commit: read it before checking a position, then wait for it to change. */
    public long commits() {
        synchronized (monitor) {
            return commits;
        }
    }

    /** Waits until a commit after {@code seen}, at most {@code maxMillis}. */
    public void awaitCommitAfter(long seen, long maxMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + maxMillis;
        synchronized (monitor) {
            long left = maxMillis;
            while (commits == seen && left > 0) {
                monitor.wait(left);
                left = end - System.currentTimeMillis();
            }
        }
    }

    void committed() {
        synchronized (monitor) {
            commits++;
            monitor.notifyAll();
        }
    }
}
