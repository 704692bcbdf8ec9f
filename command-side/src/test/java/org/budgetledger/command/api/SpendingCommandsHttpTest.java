package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.revenue;
import static org.budgetledger.command.Requests.reversal;
import static org.budgetledger.command.Requests.threePublicBudget;
import static org.budgetledger.command.Requests.unitFundsLine;
import static org.budgetledger.command.Requests.with;

import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** Money coming in and going out over HTTP: revenues, expenditures and their reversals. */
class SpendingCommandsHttpTest extends CommandSideHttpTest {

    @Test
    void revenueOnUnitFundsAnswersTheLineWithItsRevenue() {
        String unit = newUnit("REV");
        open2023(unit);

        Answer answer = accepted(api.command(unit, 2023, "revenues", revenue("rev-1", unitFundsLine(), "12000.00", "R-001")));

        assertThat(answer.sequence()).isEqualTo(2);
        assertThat(answer.body().path("line").path("line").path("fund").asString()).isEqualTo("UNIT_FUNDS");
        assertThat(answer.line("revenue")).isEqualTo("12000.00");
        assertThat(answer.line("available")).isEqualTo("12000.00");
    }

    @Test
    void revenueOnAFiscalLineIsAValidationError() {
        String unit = newUnit("REV");
        open2023(unit);

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED,
                () -> api.command(unit, 2023, "revenues", revenue("rev-1", generalBasicLine(), "10.00", "R-001")));

        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("line.fund");
    }

    @Test
    void anExpenditureAnswersTheLinesSpentAndAvailable() {
        String unit = newUnit("EXP");
        open2023WithBasicBudget(unit, "500.00");

        Answer answer = accepted(api.command(unit, 2023, "expenditures",
                with(expenditure("exp-1", generalBasicLine(), "30201", "120.50", "记-05-001"), "description", "办公用品")));

        assertThat(answer.text("requestId")).isEqualTo("exp-1");
        assertThat(answer.sequence()).isEqualTo(3);
        assertThat(answer.line("budget")).isEqualTo("500.00");
        assertThat(answer.line("spent")).isEqualTo("120.50");
        assertThat(answer.line("available")).isEqualTo("379.50");
        assertThat(answer.line("executionPct")).isEqualTo("24.10");
    }

    @Test
    void anExpenditureOfExactlyWhatIsLeftIsAccepted() {
        String unit = newUnit("EXP");
        open2023WithBasicBudget(unit, "500.00");

        Answer answer = accepted(api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "500.00", "V-1")));

        assertThat(answer.line("available")).isEqualTo("0.00");
        assertThat(answer.line("executionPct")).isEqualTo("100.00");
    }

    @Test
    void anExpenditureLargerThanWhatIsLeftIsExceedsAvailable() {
        String unit = newUnit("EXP");
        open2023WithBasicBudget(unit, "500.00");

        Answer answer = refused(unit + "/2023", ErrorCode.EXCEEDS_AVAILABLE, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "500.01", "V-1")));

        assertThat(answer.text("detail"))
                .isEqualTo("An expenditure of 500.01 exceeds the available 500.00 of line GENERAL_BUDGET/2040201/BASIC");
    }

    @Test
    void anExpenditureOnALineTheLedgerDoesNotHaveIsLineNotFound() {
        String unit = newUnit("EXP");
        open2023WithBasicBudget(unit, "500.00");

        refused(unit + "/2023", ErrorCode.LINE_NOT_FOUND, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", map("fund", "GOVERNMENT_FUND", "functionCode", "2040201", "nature", "BASIC"), "30201",
                        "1.00", "V-1")));
    }

    @Test
    void anEconomicCodeOutsideTheCatalogueIsUnknownEconomicCode() {
        String unit = newUnit("EXP");
        open2023WithBasicBudget(unit, "500.00");

        Answer answer = refused(unit + "/2023", ErrorCode.UNKNOWN_ECONOMIC_CODE, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30298", "1.00", "V-1")));

        assertThat(answer.text("detail")).contains("30298");
    }

    @Test
    void aVoucherNumberUsedBeforeIsVoucherExists() {
        String unit = newUnit("EXP");
        open2023WithBasicBudget(unit, "500.00");
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1")));

        Answer answer = refused(unit + "/2023", ErrorCode.VOUCHER_EXISTS, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-2", generalBasicLine(), "30201", "20.00", "V-1")));

        assertThat(answer.text("detail")).contains("V-1");
    }

    @Test
    void aThreePublicExpenditureBeyondItsControlBudgetIsThreePublicBudgetExceeded() {
        String unit = newUnit("EXP");
        open2023WithBasicBudget(unit, "5000.00");
        accepted(api.command(unit, 2023, "three-public-budgets", threePublicBudget("3p-1", "VEHICLE_OPERATION", "300.00")));

        Answer answer = refused(unit + "/2023", ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED, () -> api.command(unit, 2023,
                "expenditures", expenditure("exp-1", generalBasicLine(), "30231", "300.01", "V-1")));

        assertThat(answer.text("detail")).contains("公务用车运行维护费").contains("300.00");
    }

    @Test
    void aThreePublicExpenditureMayCarryItsStatistics() {
        String unit = newUnit("EXP");
        open2023WithBasicBudget(unit, "5000.00");
        accepted(api.command(unit, 2023, "three-public-budgets", threePublicBudget("3p-1", "RECEPTION", "1000.00")));

        Answer answer = accepted(api.command(unit, 2023, "expenditures", with(
                expenditure("exp-1", generalBasicLine(), "30217", "880.00", "V-1"), "statistics",
                map("receptionBatches", 2, "receptionGuests", 15))));

        assertThat(answer.line("spent")).isEqualTo("880.00");
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb -> 'statistics' ->> 'receptionGuests'"
                + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 3", String.class,
                unit + "/2023")).isEqualTo("15");
    }

    @Test
    void aReversalMakesTheAmountAvailableAgain() {
        String unit = newUnit("RVS");
        open2023WithBasicBudget(unit, "500.00");
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "500.00", "V-1")));

        Answer answer = accepted(api.reversal(unit, 2023, "V-1", reversal("rvs-1")));

        assertThat(answer.text("requestId")).isEqualTo("rvs-1");
        assertThat(answer.sequence()).isEqualTo(4);
        assertThat(answer.line("spent")).isEqualTo("0.00");
        assertThat(answer.line("available")).isEqualTo("500.00");
        assertThat(events.count(unit + "/2023", "ExpenditureReversed")).isEqualTo(1);
    }

    @Test
    void reversingAVoucherWithoutExpenditureIsExpenditureNotFound() {
        String unit = newUnit("RVS");
        open2023WithBasicBudget(unit, "500.00");

        Answer answer = refused(unit + "/2023", ErrorCode.EXPENDITURE_NOT_FOUND,
                () -> api.reversal(unit, 2023, "V-404", reversal("rvs-1")));

        assertThat(answer.text("detail")).contains("V-404");
    }

    @Test
    void reversingAnExpenditureTwiceIsExpenditureAlreadyReversed() {
        String unit = newUnit("RVS");
        open2023WithBasicBudget(unit, "500.00");
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "100.00", "V-1")));
        accepted(api.reversal(unit, 2023, "V-1", reversal("rvs-1")));

        refused(unit + "/2023", ErrorCode.EXPENDITURE_ALREADY_REVERSED, () -> api.reversal(unit, 2023, "V-1", reversal("rvs-2")));
    }
}
