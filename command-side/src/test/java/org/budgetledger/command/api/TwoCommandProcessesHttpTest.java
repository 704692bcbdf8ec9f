package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;

import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideApplication;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.command.LedgerApi;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two command-side processes writing the same ledger: each keeps recently used ledgers in a
 * cache, so one of them may work on a ledger the other has moved on. The store refuses the stale
 * write and the command is sent again on the ledger as it now is. (The cache holds weak
 * references: whether the stale copy survives until the next command depends on the garbage
 * collector, and the answers must be right either way.)
 */
class TwoCommandProcessesHttpTest extends CommandSideHttpTest {

    @Test
    void aProcessWithAStaleLedgerAppliesTheRulesToTheLedgerAsItNowIs() {
        String unit = newUnit("TWO");
        String ledger = unit + "/2023";
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(CommandSideApplication.class).run()) {
            LedgerApi otherApi = new LedgerApi(((WebServerApplicationContext) other).getWebServer().getPort());
            open2023WithBasicBudget(unit, "500.00");
            accepted(api.command(unit, 2023, "expenditures",
                    expenditure("exp-1", generalBasicLine(), "30201", "100.00", "V-1")));

            Answer elsewhere = otherApi.command(unit, 2023, "expenditures",
                    expenditure("exp-2", generalBasicLine(), "30201", "300.00", "V-2"));
            assertThat(elsewhere.status()).as("%s", elsewhere).isEqualTo(200);
            assertThat(elsewhere.sequence()).isEqualTo(4);

            Answer tooMuchNow = refused(ledger, ErrorCode.EXCEEDS_AVAILABLE, () -> api.command(unit, 2023, "expenditures",
                    expenditure("exp-3", generalBasicLine(), "30201", "100.01", "V-3")));
            Answer fits = accepted(api.command(unit, 2023, "expenditures",
                    expenditure("exp-4", generalBasicLine(), "30201", "100.00", "V-4")));

            assertThat(tooMuchNow.text("detail")).contains("available 100.00");
            assertThat(fits.sequence()).isEqualTo(5);
            assertThat(fits.line("spent")).isEqualTo("500.00");
            assertThat(fits.line("available")).isEqualTo("0.00");
            assertThat(events.count(ledger)).isEqualTo(5);
            assertThat(events.sumOfAmountFen(ledger, "ExpenditureRecorded")).isEqualTo(50_000);
        }
    }
}
