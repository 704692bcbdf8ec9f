package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.openLedger;

import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideApplication;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.command.EventRows;
import org.budgetledger.command.LedgerApi;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Request ids survive a restart: the ledger knows its requests from its events, not from memory.
 * The application is started, stopped and started again as a process would be; the embedded
 * PostgreSQL lives for the whole test JVM, as a data directory outlives a process.
 */
class IdempotencyAcrossRestartTest {

    @Test
    void aRequestRepeatedAfterARestartIsAnsweredAsARepeatAndOtherContentIsAConflict() {
        String unit = CommandSideHttpTest.newUnit("RESTART");
        String ledger = unit + "/2023";
        Answer original;
        try (ConfigurableApplicationContext first = start()) {
            LedgerApi api = api(first);
            assertThat(api.openLedger(openLedger("open-1", unit, 2023)).status()).isEqualTo(201);
            assertThat(api.command(unit, 2023, "appropriations", appropriation("app-1", generalBasicLine(), "500.00")).status())
                    .isEqualTo(200);
            original = api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "120.00", "V-1"));
            assertThat(original.status()).isEqualTo(200);
            assertThat(original.duplicate()).isFalse();
        }

        try (ConfigurableApplicationContext second = start()) {
            LedgerApi api = api(second);
            EventRows events = new EventRows(second.getBean(JdbcTemplate.class));
            long before = events.count(ledger);

            Answer repeat = api.command(unit, 2023, "expenditures",
                    expenditure("exp-1", generalBasicLine(), "30201", "120.00", "V-1"));
            Answer conflicting = api.command(unit, 2023, "expenditures",
                    expenditure("exp-1", generalBasicLine(), "30201", "130.00", "V-1"));

            assertThat(repeat.status()).isEqualTo(200);
            assertThat(repeat.duplicate()).isTrue();
            assertThat(repeat.sequence()).isEqualTo(original.sequence()).isEqualTo(3);
            assertThat(repeat.line("spent")).isEqualTo("120.00");
            assertThat(repeat.line("available")).isEqualTo("380.00");
            CommandSideHttpTest.assertProblem(conflicting, ErrorCode.REQUEST_ID_CONFLICT);
            assertThat(events.count(ledger)).isEqualTo(before).isEqualTo(3);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideApplication.class).run();
    }

    private static LedgerApi api(ConfigurableApplicationContext context) {
        return new LedgerApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
