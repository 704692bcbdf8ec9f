package org.budgetledger.command.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The request log in table {@code ledger_request}. The JDBC template takes the connection of the
 * transaction Axon's unit of work runs in, so an entry commits or rolls back with its event.
 */
@Component
class JdbcRequestLog implements RequestLog {

    private static final String INSERT = """
            INSERT INTO ledger_request (ledger_id, request_id, fingerprint, sequence, line_key, payment_request_id)
            VALUES (?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;

    JdbcRequestLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(String ledgerId, String requestId) {
        List<Entry> found = jdbc.query("""
                SELECT request_id, fingerprint, sequence, line_key, payment_request_id FROM ledger_request
                WHERE ledger_id = ? AND request_id = ?
                """, (rs, n) -> new Entry(rs.getString("request_id"), rs.getString("fingerprint"), rs.getLong("sequence"),
                rs.getString("line_key"), rs.getString("payment_request_id")), ledgerId, requestId);
        return found.stream().findFirst();
    }

    @Override
    public Map<String, Entry> findAll(String ledgerId, Collection<String> requestIds) {
        Map<String, Entry> found = new HashMap<>();
        if (requestIds.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("""
                    SELECT request_id, fingerprint, sequence, line_key, payment_request_id FROM ledger_request
                    WHERE ledger_id = ? AND request_id = ANY (?)
                    """);
            select.setString(1, ledgerId);
            select.setArray(2, connection.createArrayOf("varchar", requestIds.toArray()));
            return select;
        }, (ResultSet rs) -> {
            found.put(rs.getString("request_id"), new Entry(rs.getString("request_id"), rs.getString("fingerprint"),
                    rs.getLong("sequence"), rs.getString("line_key"), rs.getString("payment_request_id")));
        });
        return found;
    }

    @Override
    public void recordAll(String ledgerId, List<Entry> entries) {
        jdbc.batchUpdate(INSERT, entries.stream().map(entry -> new Object[] {ledgerId, entry.requestId(), entry.fingerprint(),
                entry.sequence(), entry.lineKey(), entry.paymentRequestId()}).toList());
    }

    @Override
    public boolean raisedPaymentRequest(String ledgerId, String paymentRequestId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ledger_request WHERE ledger_id = ? "
                + "AND payment_request_id = ?)", Boolean.class, ledgerId, paymentRequestId));
    }

    @Override
    public void record(String ledgerId, Entry entry) {
        jdbc.update(INSERT, ledgerId, entry.requestId(), entry.fingerprint(), entry.sequence(), entry.lineKey(), entry.paymentRequestId());
    }
}
