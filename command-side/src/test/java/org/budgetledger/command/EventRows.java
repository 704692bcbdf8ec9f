package org.budgetledger.command;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store holds for a ledger, read straight from {@code domain_event_entry}. */
public final class EventRows {

    private final JdbcTemplate jdbc;

    public EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of events of a ledger, such as {@code "ZZJJ/2023"}. */
    public long count(String ledgerId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                ledgerId);
    }

    /** The number of events of one type, such as {@code "ExpenditureRecorded"}, in a ledger. */
    public long count(String ledgerId, String eventType) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type = ?", Long.class, ledgerId, "org.budgetledger.events." + eventType);
    }

    /** The sum of {@code amountFen} over a ledger's events of one type, read from the stored JSON payloads. */
    public long sumOfAmountFen(String ledgerId, String eventType) {
        return jdbc.queryForObject("SELECT coalesce(sum((convert_from(payload, 'UTF8')::jsonb ->> 'amountFen')::bigint), 0)"
                + " FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?", Long.class, ledgerId,
                "org.budgetledger.events." + eventType);
    }
}
