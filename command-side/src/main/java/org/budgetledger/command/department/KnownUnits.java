package org.budgetledger.command.department;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which unit codes keep books here: a unit is known once a ledger of it has been opened, in any
 * year. Read from the event store, which the command side owns: a ledger exists exactly when
 * its aggregate has a first event, and no read model of the other side is needed to say so.
 */
@Component
class KnownUnits {

    private final JdbcTemplate jdbc;

    KnownUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes of {@code units} that no ledger has, in the order given. */
    List<String> unknownOf(List<String> units) {
        return units.stream().filter(unit -> !isKnown(unit)).toList();
    }

    boolean isKnown(String unit) {
        // A ledger's identifier is "<unit>/<year>" with a 4-digit year; its first event has sequence number 0.
        Integer found = jdbc.queryForObject("""
                SELECT COUNT(*) FROM (SELECT 1 FROM domain_event_entry
                    WHERE sequence_number = 0 AND aggregate_identifier LIKE ? AND length(aggregate_identifier) = ? LIMIT 1) t
                """, Integer.class, escapeLike(unit) + "/%", unit.length() + 5);
        return found != null && found > 0;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
