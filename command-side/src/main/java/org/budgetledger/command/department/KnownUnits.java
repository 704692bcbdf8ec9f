package org.budgetledger.command.department;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which unit codes keep books here: a unit is known once a ledger of it has been opened, in any
 * year. Read from the event store, which the command side owns (through Axon's own JPA entity,
 * never a table of the query side): a ledger exists exactly when its aggregate has a first event.
 */
@Component
class KnownUnits {

    private final EntityManager entityManager;

    KnownUnits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The codes of {@code units} that no ledger has, in the order given. */
    List<String> unknownOf(List<String> units) {
        return units.stream().filter(unit -> !isKnown(unit)).toList();
    }

    boolean isKnown(String unit) {
        // A ledger's identifier is "<unit>/<year>" with a 4-digit year; its first event has sequence number 0.
        List<String> found = entityManager.createQuery("""
                SELECT e.aggregateIdentifier FROM DomainEventEntry e
                WHERE e.sequenceNumber = 0 AND e.type = 'Ledger' AND e.aggregateIdentifier LIKE :prefix ESCAPE '!'
                """, String.class)
                .setParameter("prefix", escapeLike(unit) + "/____")
                .setMaxResults(1)
                .getResultList();
        return !found.isEmpty();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
