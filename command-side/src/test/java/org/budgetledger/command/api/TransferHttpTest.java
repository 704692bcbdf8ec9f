package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.LedgerApi.journalLine;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.closing;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.journalEntry;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.projectLine;
import static org.budgetledger.command.Requests.transfer;
import static org.budgetledger.command.Requests.unitFundsLine;
import static org.budgetledger.command.Requests.with;

import java.util.Map;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** Transfers (调剂) over HTTP: {@code POST …/transfers} and every way it is refused. */
class TransferHttpTest extends CommandSideHttpTest {

    private static Map<String, Object> otherBasicLine() {
        return map("fund", "GENERAL_BUDGET", "functionCode", "2040219", "nature", "BASIC");
    }

    @Test
    void aTransferIsOneEntryMovingBudgetBetweenTwoLines() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = accepted(api.command(unit, 2023, "transfers", transfer("tr-1", generalBasicLine(), otherBasicLine(), "300.00")));

        assertThat(answer.sequence()).isEqualTo(3);
        assertThat(answer.duplicate()).isFalse();
        assertThat(events.count(unit + "/2023", "BudgetTransferred")).isEqualTo(1);
        Answer repeat = accepted(api.command(unit, 2023, "transfers", transfer("tr-1", generalBasicLine(), otherBasicLine(), "300.00")));
        assertThat(repeat.duplicate()).isTrue();
        assertThat(events.count(unit + "/2023", "BudgetTransferred")).isEqualTo(1);
        Answer spent = accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", otherBasicLine(), "30201", "300.00", "V-1")));
        assertThat(spent.line("transfersIn")).isEqualTo("300.00");
        assertThat(spent.line("transfersOut")).isEqualTo("0.00");
        assertThat(spent.line("initial")).isEqualTo("0.00");
        assertThat(spent.line("budget")).isEqualTo("300.00");
        assertThat(spent.line("available")).isEqualTo("0.00");
    }

    @Test
    void aTransferBetweenProjectsCreatesTheNewProjectLine() {
        String unit = newUnit("TR");
        open2023(unit);
        accepted(api.command(unit, 2023, "appropriations", appropriation("app-1", projectLine("P01", "交通设施维护"), "500.00")));

        accepted(api.command(unit, 2023, "transfers", transfer("tr-1", projectLine("P01", null), projectLine("P02", "春运保障"), "200.00")));

        refused(unit + "/2023", ErrorCode.EXCEEDS_AVAILABLE, () -> api.command(unit, 2023, "transfers",
                transfer("tr-2", projectLine("P01", null), projectLine("P02", null), "300.01")));
    }

    @Test
    void aTransferFromBasicToProjectIsTransferNotAllowed() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = refused(unit + "/2023", ErrorCode.TRANSFER_NOT_ALLOWED, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", generalBasicLine(), projectLine("P01", "交通设施维护"), "10.00")));

        assertThat(answer.status()).isEqualTo(422);
    }

    @Test
    void aTransferBetweenFundsIsTransferNotAllowed() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        refused(unit + "/2023", ErrorCode.TRANSFER_NOT_ALLOWED, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", generalBasicLine(), map("fund", "GOVERNMENT_FUND", "functionCode", "2040201", "nature", "BASIC"),
                        "10.00")));
    }

    @Test
    void aTransferBeyondTheAvailableIsExceedsAvailable() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "700.00", "V-1")));

        Answer answer = refused(unit + "/2023", ErrorCode.EXCEEDS_AVAILABLE, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", generalBasicLine(), otherBasicLine(), "300.01")));

        assertThat(answer.text("detail")).isEqualTo("A transfer of 300.01 exceeds the available 300.00 of line GENERAL_BUDGET/2040201/BASIC");
    }

    @Test
    void aTransferFromALineTheLedgerDoesNotHaveIsLineNotFound() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = refused(unit + "/2023", ErrorCode.LINE_NOT_FOUND, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", otherBasicLine(), generalBasicLine(), "1.00")));

        assertThat(answer.text("detail")).contains("GENERAL_BUDGET/2040219/BASIC");
    }

    @Test
    void theSameLineTwiceIsAValidationError() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", generalBasicLine(), generalBasicLine(), "1.00")));

        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("to");
    }

    @Test
    void unitFundsAndAnAmountNotAboveZeroAreValidationErrors() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        Answer funds = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", unitFundsLine(), map("fund", "UNIT_FUNDS", "functionCode", "2040219", "nature", "BASIC"), "1.00")));
        assertThat(funds.body().path("errors").findValuesAsString("field")).containsExactly("from.fund");
        Answer zero = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "transfers",
                transfer("tr-2", generalBasicLine(), otherBasicLine(), "0.00")));
        assertThat(zero.body().path("errors").findValuesAsString("field")).containsExactly("amount");
    }

    @Test
    void aFunctionCodeOutsideTheCatalogueIsUnknownFunctionCode() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = refused(unit + "/2023", ErrorCode.UNKNOWN_FUNCTION_CODE, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", generalBasicLine(), map("fund", "GENERAL_BUDGET", "functionCode", "2040298", "nature", "BASIC"),
                        "1.00")));

        assertThat(answer.text("detail")).contains("2040298");
    }

    @Test
    void aDateOutsideTheFiscalYearIsDateOutsideFiscalYear() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        refused(unit + "/2023", ErrorCode.DATE_OUTSIDE_FISCAL_YEAR, () -> api.command(unit, 2023, "transfers",
                with(transfer("tr-1", generalBasicLine(), otherBasicLine(), "1.00"), "effectiveDate", "2024-01-01")));
    }

    @Test
    void aProjectNamedDifferentlyIsProjectNameMismatch() {
        String unit = newUnit("TR");
        open2023(unit);
        accepted(api.command(unit, 2023, "appropriations", appropriation("app-1", projectLine("P01", "交通设施维护"), "500.00")));

        refused(unit + "/2023", ErrorCode.PROJECT_NAME_MISMATCH, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", projectLine("P01", "交通设施建设"), projectLine("P02", "春运保障"), "1.00")));
    }

    @Test
    void aTransferInAClosedLedgerIsLedgerClosed() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");
        accepted(api.command(unit, 2023, "closing", closing("close", "2024-03-31", "CARRY_FORWARD")));

        refused(unit + "/2023", ErrorCode.LEDGER_CLOSED, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", generalBasicLine(), otherBasicLine(), "1.00")));
    }

    @Test
    void aTransferInALedgerNeverOpenedIsLedgerNotFound() {
        String unit = newUnit("TR");

        refused(unit + "/2023", ErrorCode.LEDGER_NOT_FOUND, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", generalBasicLine(), otherBasicLine(), "1.00")));
    }

    @Test
    void aRequestIdUsedForAnotherTransferIsRequestIdConflict() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");
        accepted(api.command(unit, 2023, "transfers", transfer("tr-1", generalBasicLine(), otherBasicLine(), "1.00")));

        refused(unit + "/2023", ErrorCode.REQUEST_ID_CONFLICT, () -> api.command(unit, 2023, "transfers",
                transfer("tr-1", generalBasicLine(), otherBasicLine(), "2.00")));
    }

    @Test
    void aTransferCanBeJournaled() {
        String unit = newUnit("TR");
        open2023WithBasicBudget(unit, "1000.00");

        Answer answer = api.journal(journalLine(journalEntry("TransferBudget", unit, 2023,
                transfer("j-tr-1", generalBasicLine(), otherBasicLine(), "100.00"))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("results").get(0).path("status").asInt()).isEqualTo(200);
        assertThat(events.count(unit + "/2023", "BudgetTransferred")).isEqualTo(1);
    }
}
