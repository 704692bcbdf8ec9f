package org.budgetledger.query.directory;

import java.util.List;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the ledger directory. */
@Component
public class LedgerDirectory {

    private static final RowMapper<LedgerSummary> SUMMARY = (rs, n) -> new LedgerSummary(rs.getString("ledger_id"),
            rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("fiscal_year"), rs.getString("status"),
            rs.getLong("sequence"));

    private final JdbcTemplate jdbc;

    public LedgerDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LedgerSummary> all() {
        return jdbc.query("SELECT * FROM ledger_directory ORDER BY unit_code, fiscal_year", SUMMARY);
    }

    /** The ledger if the directory has it. */
    public java.util.Optional<LedgerSummary> find(String ledgerId) {
        return jdbc.query("SELECT * FROM ledger_directory WHERE ledger_id = ?", SUMMARY, ledgerId).stream().findFirst();
    }

    public LedgerSummary require(String ledgerId) {
        return jdbc.query("SELECT * FROM ledger_directory WHERE ledger_id = ?", SUMMARY, ledgerId).stream().findFirst()
                .orElseThrow(() -> new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "No ledger " + ledgerId));
    }
}
