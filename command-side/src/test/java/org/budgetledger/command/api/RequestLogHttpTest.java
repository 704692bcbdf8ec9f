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
 * The request log (idempotency outside the aggregate): each applied request has its row, written
 * with its event; the migration that fills it for an existing store derives exactly the same rows
 * from the events; and a repeat is answered from it.
 */
class RequestLogHttpTest extends CommandSideHttpTest {

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

        jdbc.update("DELETE FROM ledger_request WHERE ledger_id = ?", ledger);
        jdbc.execute(backfill());

        assertThat(rows(ledger)).isEqualTo(written);
        Answer repeat = api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1"));
        assertThat(repeat.duplicate()).isTrue();
        assertThat(repeat.sequence()).isEqualTo(4);
        assertThat(repeat.line("spent")).isEqualTo("10.00");
    }

    private List<Map<String, Object>> rows(String ledger) {
        return jdbc.queryForList("SELECT request_id, fingerprint, sequence, line_key, payment_request_id FROM ledger_request"
                + " WHERE ledger_id = ? ORDER BY sequence", ledger);
    }

    /** The migration's INSERT, as Flyway ran it on a store that had events and no log. */
    private static String backfill() throws IOException {
        String migration = new String(new ClassPathResource("db/migration/V6__ledger_requests.sql").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        return migration.substring(migration.indexOf("INSERT INTO ledger_request"));
    }
}
