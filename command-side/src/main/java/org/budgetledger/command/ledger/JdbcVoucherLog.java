package org.budgetledger.command.ledger;

import java.util.List;
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

    @Override
    public Optional<Voucher> find(String ledgerId, String voucherNo) {
        List<Voucher> found = jdbc.query("""
                SELECT voucher_no, kind, line_key, economic_code, amount_fen, reception_batches, reception_guests,
                       vehicles_purchased, reversed
                FROM ledger_voucher WHERE ledger_id = ? AND voucher_no = ?
                """, (rs, n) -> new Voucher(rs.getString("voucher_no"), Kind.valueOf(rs.getString("kind")), rs.getString("line_key"),
                rs.getString("economic_code"), rs.getLong("amount_fen"), new ExpenditureStatistics(rs.getInt("reception_batches"),
                        rs.getInt("reception_guests"), rs.getInt("vehicles_purchased")), rs.getBoolean("reversed")),
                ledgerId, voucherNo);
        return found.stream().findFirst();
    }

    @Override
    public void apply(String ledgerId, Change change) {
        if (change.voucher() == null) {
            jdbc.update("DELETE FROM ledger_voucher WHERE ledger_id = ? AND voucher_no = ?", ledgerId, change.voucherNo());
            return;
        }
        Voucher voucher = change.voucher();
        jdbc.update("""
                INSERT INTO ledger_voucher (ledger_id, voucher_no, kind, line_key, economic_code, amount_fen, reception_batches,
                    reception_guests, vehicles_purchased, reversed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (ledger_id, voucher_no) DO UPDATE SET kind = EXCLUDED.kind, line_key = EXCLUDED.line_key,
                    economic_code = EXCLUDED.economic_code, amount_fen = EXCLUDED.amount_fen,
                    reception_batches = EXCLUDED.reception_batches, reception_guests = EXCLUDED.reception_guests,
                    vehicles_purchased = EXCLUDED.vehicles_purchased, reversed = EXCLUDED.reversed
                """, ledgerId, voucher.voucherNo(), voucher.kind().name(), voucher.lineKey(), voucher.economicCode(),
                voucher.amountFen(), voucher.statistics().receptionBatches(), voucher.statistics().receptionGuests(),
                voucher.statistics().vehiclesPurchased(), voucher.reversed());
    }
}
