package org.budgetledger.query.entries;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Movement;
import org.budgetledger.line.Nature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a ledger's rows in entry order, optionally only those effective on or before a day
 * ({@code asOf}) and recorded at or before an instant ({@code knownAt}).
 */
@Component
public class EntryRows {

    private final JdbcTemplate jdbc;

    public EntryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<EntryRow> of(String ledgerId, LocalDate asOf, Instant knownAt) {
        StringBuilder sql = new StringBuilder("SELECT * FROM ledger_entry WHERE ledger_id = ?");
        List<Object> arguments = new ArrayList<>(List.of(ledgerId));
        if (asOf != null) {
            sql.append(" AND effective_date <= ?");
            arguments.add(Date.valueOf(asOf));
        }
        if (knownAt != null) {
            sql.append(" AND recorded_at <= ?");
            arguments.add(Timestamp.from(knownAt));
        }
        sql.append(" ORDER BY sequence, id");
        return jdbc.query(sql.toString(), (rs, n) -> read(rs), arguments.toArray());
    }

    private static EntryRow read(ResultSet rs) throws SQLException {
        BudgetLine line = rs.getString("fund") == null ? null : new BudgetLine(Fund.valueOf(rs.getString("fund")),
                rs.getString("function_code"), Nature.valueOf(rs.getString("nature")), rs.getString("project_code"),
                rs.getString("project_name"));
        return new EntryRow(rs.getLong("sequence"), rs.getString("entry_type"), Movement.valueOf(rs.getString("movement")),
                rs.getObject("effective_date", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), rs.getString("request_id"), rs.getString("document_no"),
                rs.getString("voucher_no"), rs.getString("reason"), line, rs.getString("balance_kind"),
                rs.getString("revenue_type"), rs.getString("economic_code"), rs.getString("payee"),
                rs.getString("three_public_category"), rs.getLong("amount_fen"), rs.getInt("reception_batches"),
                rs.getInt("reception_guests"), rs.getInt("vehicles_purchased"), rs.getString("payment_request_id"),
                rs.getString("requested_by"), rs.getString("payload"));
    }
}
