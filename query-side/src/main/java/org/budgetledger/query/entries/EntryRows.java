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
 * ({@code asOf}) and recorded at or before an instant ({@code knownAt}); or the same rows summed
 * by line and movement, which is all a position needs of the rows on a line.
 */
@Component
public class EntryRows {

    private final JdbcTemplate jdbc;

    public EntryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<EntryRow> of(String ledgerId, LocalDate asOf, Instant knownAt) {
        return select("SELECT * FROM ledger_entry WHERE ledger_id = ?", ledgerId, asOf, knownAt);
    }

    /** The rows of payment requests: their raising, approval and rejection rows, in entry order. */
    public List<EntryRow> ofPaymentRequests(String ledgerId, LocalDate asOf, Instant knownAt) {
        return select("SELECT * FROM ledger_entry WHERE ledger_id = ? AND payment_request_id IS NOT NULL", ledgerId, asOf, knownAt);
    }

    /**
     * The rows that spend under procurement or take such spending back (SPEND and REVERSAL rows
     * with a procurement), in entry order: few, and all the procurement totals need.
     */
    public List<EntryRow> procured(String ledgerId, LocalDate asOf, Instant knownAt) {
        return select("SELECT * FROM ledger_entry WHERE ledger_id = ? AND procurement_method IS NOT NULL"
                + " AND movement IN ('SPEND', 'REVERSAL')", ledgerId, asOf, knownAt);
    }

    /**
     * The rows without a line (the opening, 三公 and 一般性支出 budgets, statements, the close,
     * performance entries), in entry order.
     */
    public List<EntryRow> withoutLine(String ledgerId, LocalDate asOf, Instant knownAt) {
        return select("SELECT * FROM ledger_entry WHERE ledger_id = ? AND fund IS NULL", ledgerId, asOf, knownAt);
    }

    /**
     * The rows on a line summed by line, movement, balance kind, revenue type and economic code:
     * each an {@link EntryRow} with the sum as its amount and its 三公 counts, the sequence of
     * its first row, and no audit fields. They come in the order of their first rows, so each
     * line first appears where it first appeared in the ledger, with its first row's project
     * name. Now (no {@code asOf}, no {@code knownAt}) they are the running totals the
     * projection keeps; otherwise the rows effective or recorded by then, summed here.
     */
    public List<EntryRow> totals(String ledgerId, LocalDate asOf, Instant knownAt) {
        if (asOf == null && knownAt == null) {
            return jdbc.query("""
                    SELECT fund, function_code, nature, project_code, project_name, movement, balance_kind, revenue_type,
                        economic_code, amount_fen, reception_batches, reception_guests, vehicles_purchased, first_sequence
                    FROM line_total WHERE ledger_id = ? ORDER BY first_sequence, first_entry_id
                    """, (rs, n) -> readTotal(rs), ledgerId);
        }
        Cut cut = new Cut(ledgerId, asOf, knownAt);
        // Hashed, not sorted: the group's first row (the least id, since a ledger's rows are inserted in
        // entry order) gives its project name and its place, looked up afterwards by its id.
        return jdbc.query("""
                SELECT t.*, e.project_name FROM (
                    SELECT fund, function_code, nature, project_code, movement, balance_kind, revenue_type, economic_code,
                        SUM(amount_fen) AS amount_fen, SUM(reception_batches) AS reception_batches,
                        SUM(reception_guests) AS reception_guests, SUM(vehicles_purchased) AS vehicles_purchased,
                        MIN(sequence) AS first_sequence, MIN(id) AS first_entry_id
                    FROM ledger_entry WHERE ledger_id = ? AND fund IS NOT NULL""" + cut.sql + """
                     GROUP BY fund, function_code, nature, project_code, movement, balance_kind, revenue_type, economic_code
                ) t JOIN ledger_entry e ON e.id = t.first_entry_id
                ORDER BY t.first_sequence, t.first_entry_id
                """, (rs, n) -> readTotal(rs), cut.arguments.toArray());
    }

    private List<EntryRow> select(String query, String ledgerId, LocalDate asOf, Instant knownAt) {
        Cut cut = new Cut(ledgerId, asOf, knownAt);
        return jdbc.query(query + cut.sql + " ORDER BY sequence, id", (rs, n) -> read(rs), cut.arguments.toArray());
    }

    /** The conditions of {@code asOf} and {@code knownAt}, after {@code ledger_id = ?}, with the arguments of all three. */
    private static final class Cut {
        final StringBuilder sql = new StringBuilder();
        final List<Object> arguments = new ArrayList<>();

        Cut(String ledgerId, LocalDate asOf, Instant knownAt) {
            arguments.add(ledgerId);
            if (asOf != null) {
                sql.append(" AND effective_date <= ?");
                arguments.add(Date.valueOf(asOf));
            }
            if (knownAt != null) {
                sql.append(" AND recorded_at <= ?");
                arguments.add(Timestamp.from(knownAt));
            }
        }
    }

    private static BudgetLine line(ResultSet rs) throws SQLException {
        return rs.getString("fund") == null ? null : new BudgetLine(Fund.valueOf(rs.getString("fund")),
                rs.getString("function_code"), Nature.valueOf(rs.getString("nature")), rs.getString("project_code"),
                rs.getString("project_name"));
    }

    private static EntryRow readTotal(ResultSet rs) throws SQLException {
        return new EntryRow(rs.getLong("first_sequence"), null, Movement.valueOf(rs.getString("movement")), null, null, null,
                null, null, null, null, line(rs), rs.getString("balance_kind"), rs.getString("revenue_type"),
                rs.getString("economic_code"), null, null, rs.getLong("amount_fen"), rs.getInt("reception_batches"),
                rs.getInt("reception_guests"), rs.getInt("vehicles_purchased"), null, null, null, null, null, null, null);
    }

    /** One row of {@code ledger_entry}, from a query that selects its columns. */
    static EntryRow read(ResultSet rs) throws SQLException {
        BudgetLine line = line(rs);
        return new EntryRow(rs.getLong("sequence"), rs.getString("entry_type"), Movement.valueOf(rs.getString("movement")),
                rs.getObject("effective_date", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), rs.getString("request_id"), rs.getString("document_no"),
                rs.getString("voucher_no"), rs.getString("reason"), line, rs.getString("balance_kind"),
                rs.getString("revenue_type"), rs.getString("economic_code"), rs.getString("payee"),
                rs.getString("three_public_category"), rs.getLong("amount_fen"), rs.getInt("reception_batches"),
                rs.getInt("reception_guests"), rs.getInt("vehicles_purchased"), rs.getString("payment_request_id"),
                rs.getString("requested_by"), rs.getString("payload"), rs.getString("procurement_method"),
                rs.getString("supplier_size"), rs.getString("control_budget_category"), rs.getString("statement_kind"));
    }
}
