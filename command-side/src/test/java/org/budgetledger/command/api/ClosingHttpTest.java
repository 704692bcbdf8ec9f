package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.closing;
import static org.budgetledger.command.Requests.disposition;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.list;
import static org.budgetledger.command.Requests.projectLine;
import static org.budgetledger.command.Requests.revenue;
import static org.budgetledger.command.Requests.reversal;
import static org.budgetledger.command.Requests.threePublicBudget;
import static org.budgetledger.command.Requests.unitFundsLine;
import static org.budgetledger.command.Requests.with;

import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** POST …/closing: the year-end close, and a closed ledger refusing everything after it. */
class ClosingHttpTest extends CommandSideHttpTest {

    @Test
    void closingAnswersTheSequenceWithoutALine() {
        String unit = newUnit("CLOSE");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = accepted(api.command(unit, 2023, "closing", closing("close", "2024-03-31", "CARRY_FORWARD")));

        assertThat(answer.text("requestId")).isEqualTo("close");
        assertThat(answer.sequence()).isEqualTo(3);
        assertThat(answer.body().has("line")).isFalse();
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb -> 'closings' -> 0 ->> 'amountFen'"
                + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2", String.class,
                unit + "/2023")).isEqualTo("100000");
    }

    @Test
    void everyCommandAfterTheCloseIsLedgerClosed() {
        String unit = newUnit("CLOSE");
        String ledger = unit + "/2023";
        open2023WithBasicBudget(unit, "1000.00");
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "100.00", "V-1")));
        accepted(api.command(unit, 2023, "closing", closing("close", "2024-03-31", "CARRY_FORWARD")));

        refused(ledger, ErrorCode.LEDGER_CLOSED, () -> api.command(unit, 2023, "appropriations",
                appropriation("after-1", generalBasicLine(), "1.00")));
        refused(ledger, ErrorCode.LEDGER_CLOSED, () -> api.command(unit, 2023, "expenditures",
                expenditure("after-2", generalBasicLine(), "30201", "1.00", "V-2")));
        refused(ledger, ErrorCode.LEDGER_CLOSED, () -> api.command(unit, 2023, "revenues",
                revenue("after-3", unitFundsLine(), "1.00", "R-1")));
        refused(ledger, ErrorCode.LEDGER_CLOSED, () -> api.reversal(unit, 2023, "V-1", reversal("after-4")));
        refused(ledger, ErrorCode.LEDGER_CLOSED, () -> api.command(unit, 2023, "three-public-budgets",
                threePublicBudget("after-5", "RECEPTION", "1.00")));
        Answer answer = refused(ledger, ErrorCode.LEDGER_CLOSED, () -> api.command(unit, 2023, "closing",
                closing("after-6", "2024-03-31", "RECOVER")));
        assertThat(answer.text("detail")).isEqualTo("The ledger " + ledger + " is closed and accepts nothing more");
    }

    @Test
    void aSurplusOnABasicLineIsInvalidDisposition() {
        String unit = newUnit("CLOSE");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = refused(unit + "/2023", ErrorCode.INVALID_DISPOSITION, () -> api.command(unit, 2023, "closing", with(
                closing("close", "2024-03-31", "CARRY_FORWARD"), "dispositions",
                list(disposition(generalBasicLine(), "SURPLUS")))));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("detail")).contains("GENERAL_BUDGET/2040201/BASIC");
    }

    @Test
    void aProjectMarkedFinishedIsClosedAsSurplus() {
        String unit = newUnit("CLOSE");
        open2023WithBasicBudget(unit, "1000.00");
        accepted(api.command(unit, 2023, "appropriations", appropriation("app-p", projectLine("P01", "交通设施维护"), "300.00")));

        accepted(api.command(unit, 2023, "closing", with(closing("close", "2024-03-31", "CARRY_FORWARD"), "dispositions",
                list(disposition(projectLine("P01", null), "SURPLUS")))));

        assertThat(jdbc.queryForList("SELECT c ->> 'disposition' FROM domain_event_entry,"
                + " jsonb_array_elements(convert_from(payload, 'UTF8')::jsonb -> 'closings') AS c"
                + " WHERE aggregate_identifier = ? AND payload_type = 'org.budgetledger.events.YearClosed'", String.class,
                unit + "/2023")).containsExactly("CARRY_FORWARD", "SURPLUS");
    }

    @Test
    void aCloseDatedAfter31MarchOfTheNextYearIsDateOutsideFiscalYear() {
        String unit = newUnit("CLOSE");
        open2023(unit);

        Answer answer = refused(unit + "/2023", ErrorCode.DATE_OUTSIDE_FISCAL_YEAR,
                () -> api.command(unit, 2023, "closing", closing("close", "2024-04-01", "CARRY_FORWARD")));

        assertThat(answer.text("detail")).contains("2024-03-31");
    }
}
