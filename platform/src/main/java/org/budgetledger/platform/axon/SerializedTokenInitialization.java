package org.budgetledger.platform.axon;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;

/**
 * Axon's JPA token store, with the first creation of a processor's tokens serialized across
 * processes.
 *
 * <p>Two nodes that start together against an empty {@code token_entry} both find no segments
 * and both insert them: the second insert violates the primary key, which marks the JPA
 * transaction rollback-only, and Axon's coordinator (4.13) lets the resulting
 * {@code UnexpectedRollbackException} escape from the processor's start, so that node exits.
 * Here the creation first takes a PostgreSQL advisory lock held to the end of the transaction,
 * then looks again: whoever waited sees the other's committed segments and creates nothing.
 */
final class SerializedTokenInitialization extends JpaTokenStore {

    /** The first key of the advisory lock; the second is the processor's name hashed. */
    private static final int TOKEN_INITIALIZATION_LOCK = 0x746f6b31;

    private final EntityManagerProvider entityManagerProvider;

    SerializedTokenInitialization(Builder builder, EntityManagerProvider entityManagerProvider) {
        super(builder);
        this.entityManagerProvider = entityManagerProvider;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken)
            throws UnableToClaimTokenException {
        entityManagerProvider.getEntityManager()
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) AS locked")
                .setParameter(1, TOKEN_INITIALIZATION_LOCK)
                .setParameter(2, processorName)
                .getSingleResult();
        if (fetchSegments(processorName).length > 0) {
            return; // another node created them while this one waited for the lock
        }
        super.initializeTokenSegments(processorName, segmentCount, initialToken);
    }
}
