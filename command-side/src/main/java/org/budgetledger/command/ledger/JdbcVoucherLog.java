package org.budgetledger.command.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.events.ExpenditureStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The voucher log in table {@code ledger_voucher}, written in the transaction of Axon's unit of work. */
@Component
class JdbcVoucherLog implements VoucherLog {

    private final JdbcTemplate jdbc;

    JdbcVoucherLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = "voucher_no, kind, line_key, economic_code, amount_fen, reception_batches, "
            + "reception_guests, vehicles_purchased, reversed";
    private static final String UPSERT = """
            INSERT INTO ledger_voucher (ledger_id, voucher_no, kind, line_key, economic_code, amount_fen, reception_batches,
                reception_guests, vehicles_purchased, reversed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (ledger_id, voucher_no) DO UPDATE SET kind = EXCLUDED.kind, line_key = EXCLUDED.line_key,
                economic_code = EXCLUDED.economic_code, amount_fen = EXCLUDED.amount_fen,
                reception_batches = EXCLUDED.reception_batches, reception_guests = EXCLUDED.reception_guests,
                vehicles_purchased = EXCLUDED.vehicles_purchased, reversed = EXCLUDED.reversed
            """;

    @Override
    public Optional<Voucher> find(String ledgerId, String voucherNo) {
        List<Voucher> found = jdbc.query("SELECT " + COLUMNS + " FROM ledger_voucher WHERE ledger_id = ? AND voucher_no = ?",
                (rs, n) -> voucher(rs), ledgerId, voucherNo);
        return found.stream().findFirst();
    }

    @Override
    public Map<String, Voucher> findAll(String ledgerId, Collection<String> voucherNos) {
        Map<String, Voucher> found = new HashMap<>();
        if (voucherNos.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM ledger_voucher WHERE ledger_id = ? AND voucher_no = ANY (?)");
            select.setString(1, ledgerId);
            select.setArray(2, connection.createArrayOf("varchar", voucherNos.toArray()));
            return select;
        }, (ResultSet rs) -> {
            Voucher voucher = voucher(rs);
            found.put(voucher.voucherNo(), voucher);
        });
        return found;
    }

    /** Upserts in one batch, in order; a change that frees a number (a rejection) is applied on its own, in its place. */
    @Override
    public void applyAll(String ledgerId, List<Change> changes) {
        List<Object[]> upserts = new ArrayList<>();
        for (Change change : changes) {
            if (change.voucher() == null) {
                flush(upserts);
                apply(ledgerId, change);
            } else {
                upserts.add(arguments(ledgerId, change.voucher()));
            }
        }
        flush(upserts);
    }

    private void flush(List<Object[]> upserts) {
        if (!upserts.isEmpty()) {
            jdbc.batchUpdate(UPSERT, List.copyOf(upserts));
            upserts.clear();
        }
    }

    private static Voucher voucher(ResultSet rs) throws SQLException {
        return new Voucher(rs.getString("voucher_no"), Kind.valueOf(rs.getString("kind")), rs.getString("line_key"),
                rs.getString("economic_code"), rs.getLong("amount_fen"), new ExpenditureStatistics(rs.getInt("reception_batches"),
                        rs.getInt("reception_guests"), rs.getInt("vehicles_purchased")), rs.getBoolean("reversed"));
    }

    private static Object[] arguments(String ledgerId, Voucher voucher) {
        return new Object[] {ledgerId, voucher.voucherNo(), voucher.kind().name(), voucher.lineKey(), voucher.economicCode(),
                voucher.amountFen(), voucher.statistics().receptionBatches(), voucher.statistics().receptionGuests(),
                voucher.statistics().vehiclesPurchased(), voucher.reversed()};
    }

    @Override
    public void apply(String ledgerId, Change change) {
        if (change.voucher() == null) {
            jdbc.update("DELETE FROM ledger_voucher WHERE ledger_id = ? AND voucher_no = ?", ledgerId, change.voucherNo());
            return;
        }
        jdbc.update(UPSERT, arguments(ledgerId, change.voucher()));
    }
}
