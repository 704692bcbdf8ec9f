package org.budgetledger.query.entries;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.LineTally;
import org.budgetledger.line.Movement;
import org.budgetledger.money.Money;
import org.budgetledger.platform.http.LineObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail of a ledger: its entries in order, each with the budget and available balance
 * of its line right after it, filtered as the auditor asks, a page at a time. The database
 * filters, orders and pages; the running figures are kept on each row by the projection, so a
 * page of a long year costs what the page costs, not what the year does.
 */
@Component
public class LedgerHistory {

    /** The largest page one request may ask for. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final JdbcTemplate jdbc;

    public LedgerHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What an auditor can filter on; null fields do not filter. */
    public record Filter(String fund, String functionCode, String nature, String projectCode, String documentNo,
            String type, LocalDate from, LocalDate to) {

        /** The same filter in Java, for the reference computation {@link #folded}. */
        Predicate<EntryRow> predicate() {
            return row -> (fund == null || (row.line() != null && row.line().fund().name().equals(fund)))
                    && (functionCode == null || (row.line() != null && row.line().functionCode().equals(functionCode)))
                    && (nature == null || (row.line() != null && row.line().nature().name().equals(nature)))
                    && (projectCode == null || (row.line() != null && projectCode.equals(row.line().projectCode())))
                    && (documentNo == null || documentNo.equals(row.documentNo()) || documentNo.equals(row.voucherNo()))
                    && (type == null || type.equals(row.entryType()) || type.equals(row.movement().name()))
                    && (from == null || !row.effectiveDate().isBefore(from))
                    && (to == null || !row.effectiveDate().isAfter(to));
        }
    }

    /** One page of the filtered entries and how many entries the filter matches in all. */
    public record Page(List<HistoryEntry> entries, long total) {
    }

    /** Every entry the filter matches. */
    public List<HistoryEntry> entries(String ledgerId, Filter filter) {
        return page(ledgerId, filter, 0, null).entries();
    }

    /**
     * The entries of page {@code page} (from 0) of {@code size} entries; {@code size} null: all
     * of them. Call it inside a snapshot if the page must agree with another read.
     */
    public Page page(String ledgerId, Filter filter, int page, Integer size) {
        Conditions entry = onLines(filter, "e.").either("e.document_no", "e.voucher_no", filter.documentNo())
                .either("e.entry_type", "e.movement", filter.type());
        if (filter.from() != null) {
            entry.add("e.effective_date >= ?", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            entry.add("e.effective_date <= ?", Date.valueOf(filter.to()));
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(ledgerId);
        arguments.addAll(entry.arguments);
        // Each row carries its line's figures after it (the projection's running figures), so a
        // page reads only its rows; the count of all matching rows rides along with the window.
        String sql = """
                SELECT e.*, e.budget_after_fen AS budget_fen, e.available_after_fen AS available_fen, COUNT(*) OVER () AS total
                FROM ledger_entry e
                WHERE e.ledger_id = ?%s
                ORDER BY e.sequence, e.id
                """.formatted(entry.sql);
        if (size != null) {
            sql += " LIMIT ? OFFSET ?";
            arguments.add(size);
            arguments.add((long) page * size);
        }
        long[] total = {-1};
        List<HistoryEntry> entries = jdbc.query(sql, (rs, n) -> {
            total[0] = rs.getLong("total");
            return json(EntryRows.read(rs), figure(rs, "budget_fen"), figure(rs, "available_fen"));
        }, arguments.toArray());
        if (total[0] < 0) {
            // A page past the end has no row to carry the count.
            total[0] = page == 0 ? 0 : count(ledgerId, entry);
        }
        return new Page(entries, total[0]);
    }

    /** The filter's conditions on the line, on the columns of {@code table} ("e." or ""). */
    private static Conditions onLines(Filter filter, String table) {
        return new Conditions().equal(table + "fund", filter.fund()).equal(table + "function_code", filter.functionCode())
                .equal(table + "nature", filter.nature()).equal(table + "project_code", filter.projectCode());
    }

    private long count(String ledgerId, Conditions entry) {
        List<Object> arguments = new ArrayList<>(List.of(ledgerId));
        arguments.addAll(entry.arguments);
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry e WHERE e.ledger_id = ?" + entry.sql, Long.class,
                arguments.toArray());
    }

    /**
     * The history as it was computed before the database did it: every row in order through a
     * {@link LineTally} per line, then filtered. Kept as the reference the SQL must equal.
     */
    static List<HistoryEntry> folded(List<EntryRow> rows, Filter filter) {
        Predicate<EntryRow> wanted = filter.predicate();
        Map<String, LineTally> running = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (EntryRow row : rows) {
            LineFigures figures = null;
            if (row.line() != null) {
                LineTally line = running.computeIfAbsent(row.line().key(), key -> new LineTally(row.line()));
                line.apply(row.lineMovement());
                figures = line.figures();
            }
            if (wanted.test(row)) {
                entries.add(json(row, figures == null ? null : figures.budgetFen(),
                        figures == null ? null : figures.availableFen()));
            }
        }
        return entries;
    }

    private static Long figure(ResultSet rs, String column) throws SQLException {
        long fen = rs.getLong(column);
        return rs.wasNull() ? null : fen;
    }

    private static HistoryEntry json(EntryRow row, Long budgetFen, Long availableFen) {
        boolean counted = row.receptionBatches() != 0 || row.receptionGuests() != 0 || row.vehiclesPurchased() != 0;
        return new HistoryEntry(row.sequence(), row.entryType(), row.movement().name(), row.effectiveDate().toString(),
                row.recordedAt().toString(), row.recordedBy(),
                row.paymentRequestId() == null || row.movement() == Movement.RESERVE ? null : row.requestedBy(),
                row.paymentRequestId(), row.requestId(), row.documentNo(), row.voucherNo(), row.reason(),
                row.line() == null ? null : LineObject.of(row.line()), row.economicCode(), row.revenueType(), row.balanceKind(),
                category(row), row.payee(), Money.formatYuan(row.amountFen()),
                counted ? new HistoryEntry.Statistics(row.receptionBatches(), row.receptionGuests(), row.vehiclesPurchased()) : null,
                budgetFen == null ? null : Money.formatYuan(budgetFen),
                availableFen == null ? null : Money.formatYuan(availableFen), row.procurement(),
                row.statementKind() == null ? null : StatementPayload.figures(row));
    }

    /** The 三公 or 一般性支出 category of a control budget, or the kind of a statement. */
    private static String category(EntryRow row) {
        if (row.threePublicCategory() != null) {
            return row.threePublicCategory();
        }
        return row.controlBudgetCategory() != null ? row.controlBudgetCategory() : row.statementKind();
    }

    /** {@code AND …} conditions with their arguments, in order. */
    private static final class Conditions {
        final StringBuilder sql = new StringBuilder();
        final List<Object> arguments = new ArrayList<>();

        void add(String condition, Object argument) {
            sql.append(" AND ").append(condition);
            arguments.add(argument);
        }

        Conditions equal(String column, String value) {
            if (value != null) {
                add(column + " = ?", value);
            }
            return this;
        }

        /** The value in either column. */
        Conditions either(String column, String other, String value) {
            if (value != null) {
                add("(" + column + " = ? OR " + other + " = ?)", value);
                arguments.add(value);
            }
            return this;
        }
    }
}
