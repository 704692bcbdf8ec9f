package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.adjustment;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.projectLine;
import static org.budgetledger.command.Requests.threePublicBudget;
import static org.budgetledger.command.Requests.unitFundsLine;
import static org.budgetledger.command.Requests.with;

import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** The budget of a year over HTTP: appropriations, mid-year adjustments and 三公 control budgets. */
class BudgetCommandsHttpTest extends CommandSideHttpTest {

    @Test
    void anAppropriationAnswersTheSequenceAndTheLineFigures() {
        String unit = newUnit("APP");
        open2023(unit);

        Answer answer = accepted(api.command(unit, 2023, "appropriations",
                appropriation("app-1", generalBasicLine(), "94111500.00")));

        assertThat(answer.text("requestId")).isEqualTo("app-1");
        assertThat(answer.text("ledger")).isEqualTo(unit + "/2023");
        assertThat(answer.sequence()).isEqualTo(2);
        assertThat(answer.duplicate()).isFalse();
        assertThat(answer.body().path("line").path("line").path("fund").asString()).isEqualTo("GENERAL_BUDGET");
        assertThat(answer.body().path("line").path("line").path("functionCode").asString()).isEqualTo("2040201");
        assertThat(answer.body().path("line").path("line").path("nature").asString()).isEqualTo("BASIC");
        assertThat(answer.line("initial")).isEqualTo("94111500.00");
        assertThat(answer.line("budget")).isEqualTo("94111500.00");
        assertThat(answer.line("available")).isEqualTo("94111500.00");
        assertThat(answer.line("spent")).isEqualTo("0.00");
        assertThat(answer.line("executionPct")).isEqualTo("0.00");
        assertThat(events.count(unit + "/2023", "FundsAppropriated")).isEqualTo(1);
    }

    @Test
    void anAmountGivenAsAJsonNumberIsReadAsTheSameAmount() {
        String unit = newUnit("APP");
        open2023(unit);

        Answer large = accepted(api.command(unit, 2023, "appropriations",
                with(appropriation("app-1", generalBasicLine(), "0"), "amount", 94111500.25)));
        Answer small = accepted(api.command(unit, 2023, "appropriations",
                with(appropriation("app-2", generalBasicLine(), "0"), "amount", 0.29)));

        assertThat(large.line("initial")).isEqualTo("94111500.25");
        assertThat(small.line("initial")).isEqualTo("94111500.54");
    }

    @Test
    void anIncreaseAndACutChangeTheLinesBudget() {
        String unit = newUnit("ADJ");
        open2023WithBasicBudget(unit, "1000.00");

        Answer increase = accepted(api.command(unit, 2023, "adjustments",
                adjustment("adj-1", generalBasicLine(), "INCREASE", "250.00")));
        Answer cut = accepted(api.command(unit, 2023, "adjustments",
                adjustment("adj-2", generalBasicLine(), "DECREASE", "100.50")));

        assertThat(increase.sequence()).isEqualTo(3);
        assertThat(increase.line("increases")).isEqualTo("250.00");
        assertThat(increase.line("budget")).isEqualTo("1250.00");
        assertThat(cut.sequence()).isEqualTo(4);
        assertThat(cut.line("decreases")).isEqualTo("100.50");
        assertThat(cut.line("budget")).isEqualTo("1149.50");
        assertThat(cut.line("available")).isEqualTo("1149.50");
    }

    @Test
    void anIncreaseCanCreateAProjectLine() {
        String unit = newUnit("ADJ");
        open2023(unit);

        Answer answer = accepted(api.command(unit, 2023, "adjustments",
                adjustment("adj-1", projectLine("P07", "春运交通安全保障"), "INCREASE", "80000.00")));

        assertThat(answer.body().path("line").path("line").path("projectCode").asString()).isEqualTo("P07");
        assertThat(answer.body().path("line").path("line").path("projectName").asString()).isEqualTo("春运交通安全保障");
        assertThat(answer.line("initial")).isEqualTo("0.00");
        assertThat(answer.line("increases")).isEqualTo("80000.00");
        assertThat(answer.body().path("line").path("initialExecutionPct").isNull()).isTrue();
    }

    @Test
    void aCutLargerThanWhatIsLeftIsCutExceedsAvailable() {
        String unit = newUnit("ADJ");
        open2023WithBasicBudget(unit, "1000.00");
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "700.00", "V-1")));

        Answer answer = refused(unit + "/2023", ErrorCode.CUT_EXCEEDS_AVAILABLE, () -> api.command(unit, 2023, "adjustments",
                adjustment("adj-1", generalBasicLine(), "DECREASE", "300.01")));

        assertThat(answer.text("detail")).isEqualTo("A cut of 300.01 exceeds the available 300.00 of line GENERAL_BUDGET/2040201/BASIC");
    }

    @Test
    void aCutOfALineTheLedgerDoesNotHaveIsLineNotFound() {
        String unit = newUnit("ADJ");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = refused(unit + "/2023", ErrorCode.LINE_NOT_FOUND, () -> api.command(unit, 2023, "adjustments",
                adjustment("adj-1", projectLine("P01", "交通设施维护"), "DECREASE", "1.00")));

        assertThat(answer.text("detail")).contains("GENERAL_BUDGET/2040202/PROJECT/P01");
    }

    @Test
    void aFunctionCodeOutsideTheCatalogueIsUnknownFunctionCode() {
        String unit = newUnit("APP");
        open2023(unit);

        Answer answer = refused(unit + "/2023", ErrorCode.UNKNOWN_FUNCTION_CODE, () -> api.command(unit, 2023, "appropriations",
                appropriation("app-1", map("fund", "GENERAL_BUDGET", "functionCode", "2040298", "nature", "BASIC"), "10.00")));

        assertThat(answer.text("detail")).contains("2040298");
    }

    @Test
    void aDateOutsideTheFiscalYearIsDateOutsideFiscalYear() {
        String unit = newUnit("APP");
        open2023(unit);

        Answer answer = refused(unit + "/2023", ErrorCode.DATE_OUTSIDE_FISCAL_YEAR, () -> api.command(unit, 2023,
                "appropriations", with(appropriation("app-1", generalBasicLine(), "10.00"), "effectiveDate", "2024-01-01")));

        assertThat(answer.text("detail")).contains("2024-01-01").contains("2023");
    }

    @Test
    void aProjectNamedDifferentlyThanBeforeIsProjectNameMismatch() {
        String unit = newUnit("APP");
        open2023(unit);
        accepted(api.command(unit, 2023, "appropriations", appropriation("app-1", projectLine("P01", "交通设施维护"), "10.00")));

        Answer answer = refused(unit + "/2023", ErrorCode.PROJECT_NAME_MISMATCH, () -> api.command(unit, 2023,
                "appropriations", appropriation("app-2", projectLine("P01", "交通设施建设"), "10.00")));

        assertThat(answer.text("detail")).contains("交通设施维护").contains("交通设施建设");
    }

    @Test
    void aProjectWithoutANameOnFirstUseIsAValidationError() {
        String unit = newUnit("APP");
        open2023(unit);

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023,
                "appropriations", appropriation("app-1", projectLine("P01", null), "10.00")));

        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("line.projectName");
    }

    @Test
    void anAppropriationOfUnitFundsIsAValidationError() {
        String unit = newUnit("APP");
        open2023(unit);

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023,
                "appropriations", appropriation("app-1", unitFundsLine(), "10.00")));

        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("line.fund");
    }

    @Test
    void aCommandForALedgerNeverOpenedIsLedgerNotFound() {
        String unit = newUnit("NONE");

        Answer answer = refused(unit + "/2023", ErrorCode.LEDGER_NOT_FOUND, () -> api.command(unit, 2023, "appropriations",
                appropriation("app-1", generalBasicLine(), "10.00")));

        assertThat(answer.text("detail")).contains(unit + "/2023");
        assertThat(events.count(unit + "/2023")).isZero();
    }

    @Test
    void aLedgerPathThatCannotNameALedgerIsLedgerNotFound() {
        assertProblem(api.command("no_such_unit", 2023, "appropriations", appropriation("app-1", generalBasicLine(), "10.00")),
                ErrorCode.LEDGER_NOT_FOUND);
        assertProblem(api.post("/ledgers/ZZJJ/twenty/appropriations", appropriation("app-1", generalBasicLine(), "10.00")),
                ErrorCode.LEDGER_NOT_FOUND);
    }

    @Test
    void aControlBudgetIsSetWithoutALine() {
        String unit = newUnit("3P");
        open2023(unit);

        Answer answer = accepted(api.command(unit, 2023, "three-public-budgets", threePublicBudget("3p-1", "RECEPTION", "33300.00")));

        assertThat(answer.sequence()).isEqualTo(2);
        assertThat(answer.body().has("line")).isFalse();
        assertThat(events.count(unit + "/2023", "ThreePublicBudgetSet")).isEqualTo(1);
    }

    @Test
    void aControlBudgetOfZeroIsAccepted() {
        String unit = newUnit("3P");
        open2023(unit);

        accepted(api.command(unit, 2023, "three-public-budgets", threePublicBudget("3p-1", "OVERSEAS_TRAVEL", "0.00")));
    }

    @Test
    void aControlBudgetBelowWhatIsAlreadySpentIsThreePublicBudgetExceeded() {
        String unit = newUnit("3P");
        open2023WithBasicBudget(unit, "5000.00");
        accepted(api.command(unit, 2023, "three-public-budgets", threePublicBudget("3p-1", "RECEPTION", "1000.00")));
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30217", "800.00", "V-1")));

        Answer answer = refused(unit + "/2023", ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED, () -> api.command(unit, 2023,
                "three-public-budgets", threePublicBudget("3p-2", "RECEPTION", "799.99")));

        assertThat(answer.text("detail")).isEqualTo("A control budget of 799.99 for 公务接待费 is below the 800.00 already spent");
    }
}
