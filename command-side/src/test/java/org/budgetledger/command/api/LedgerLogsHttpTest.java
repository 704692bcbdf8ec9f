package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.projectLine;
import static org.budgetledger.command.Requests.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The request and voucher logs (outside the aggregate): each applied request and each used voucher
 * has its row, written with its event; the migrations that fill them for an existing store derive
 * exactly the same rows from the events; and a repeat is answered from the log.
 */
class LedgerLogsHttpTest extends CommandSideHttpTest {

    @Test
    void theMigrationDerivesFromTheEventsExactlyTheRowsTheCommandsWrote() throws IOException {
        String unit = newUnit("LOG");
        open2023WithBasicBudget(unit, "1000.00");
        accepted(api.command(unit, 2023, "appropriations", appropriation("app-p", projectLine("P01", "设施维护"), "500.00")));
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1")));
        accepted(api.command(unit, 2023, "transfers", transfer("tr-1", generalBasicLine(),
                map("fund", "GENERAL_BUDGET", "functionCode", "2040219", "nature", "BASIC"), "5.00")));
        Answer requested = api.command(unit, 2023, "payment-requests", expenditure("pr-1", projectLine("P01", null), "30213", "20.00", "V-2"));
        assertThat(requested.status()).isEqualTo(201);
        String ledger = unit + "/2023";
        List<Map<String, Object>> written = rows(ledger);
        assertThat(written).hasSize(6);
        assertThat(written).extracting(row -> row.get("line_key")).contains("GENERAL_BUDGET/2040202/PROJECT/P01").containsNull();
        assertThat(written).extracting(row -> row.get("payment_request_id")).contains(requested.text("paymentRequestId"));

        accepted(api.post("/ledgers/" + unit + "/2023/payment-requests/" + requested.text("paymentRequestId") + "/rejection",
                map("requestId", "rj-1", "reason", "重报")));
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-2", generalBasicLine(), "30201", "7.00", "V-3")));
        accepted(api.reversal(unit, 2023, "V-3", map("requestId", "rev-1", "reason", "退回", "effectiveDate", "2023-06-01")));
        written = rows(ledger);
        List<Map<String, Object>> vouchers = vouchers(ledger);
        assertThat(vouchers).extracting(row -> row.get("voucher_no") + " " + row.get("kind") + " " + row.get("reversed"))
                .containsExactly("V-1 EXPENDITURE false", "V-3 EXPENDITURE true");

        jdbc.update("DELETE FROM ledger_request WHERE ledger_id = ?", ledger);
        jdbc.update("DELETE FROM ledger_voucher WHERE ledger_id = ?", ledger);
        jdbc.execute(backfill("V6__ledger_requests.sql", "INSERT INTO ledger_request"));
        jdbc.execute(backfill("V8__ledger_vouchers.sql", "WITH voucher_event"));

        assertThat(rows(ledger)).isEqualTo(written);
        assertThat(vouchers(ledger)).isEqualTo(vouchers);
        Answer repeat = api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1"));
        assertThat(repeat.duplicate()).isTrue();
        assertThat(repeat.sequence()).isEqualTo(4);
        assertThat(repeat.line("spent")).isEqualTo("10.00");
    }

    private List<Map<String, Object>> rows(String ledger) {
        return jdbc.queryForList("SELECT request_id, fingerprint, sequence, line_key, payment_request_id FROM ledger_request"
                + " WHERE ledger_id = ? ORDER BY sequence", ledger);
    }

    private List<Map<String, Object>> vouchers(String ledger) {
        return jdbc.queryForList("SELECT * FROM ledger_voucher WHERE ledger_id = ? ORDER BY voucher_no", ledger);
    }

    /** A migration's statement that fills its table, as Flyway ran it on a store that had events and no log. */
    private static String backfill(String migration, String start) throws IOException {
        String text = new String(new ClassPathResource("db/migration/" + migration).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        String from = text.substring(text.indexOf(start));
        return from.substring(0, from.indexOf(';') + 1);
    }
}
