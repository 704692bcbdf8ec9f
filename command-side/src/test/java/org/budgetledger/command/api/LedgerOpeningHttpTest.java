package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.closing;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.list;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.openLedger;
import static org.budgetledger.command.Requests.openingBalance;
import static org.budgetledger.command.Requests.projectLine;
import static org.budgetledger.command.Requests.revenue;
import static org.budgetledger.command.Requests.unitFundsLine;
import static org.budgetledger.command.Requests.with;

import java.util.Map;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** POST /api/v1/ledgers: opening a unit's ledger for a year, first years and following years. */
class LedgerOpeningHttpTest extends CommandSideHttpTest {

    @Test
    void openingALedgerAnswers201WithTheFirstSequence() {
        String unit = newUnit("OPEN");

        Answer answer = api.openLedger(openLedger("open-1", unit, 2023));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.text("requestId")).isEqualTo("open-1");
        assertThat(answer.text("ledger")).isEqualTo(unit + "/2023");
        assertThat(answer.sequence()).isEqualTo(1);
        assertThat(answer.duplicate()).isFalse();
        assertThat(answer.body().has("line")).isFalse();
        assertThat(events.count(unit + "/2023", "LedgerOpened")).isEqualTo(1);
    }

    @Test
    void statedOpeningBalancesOfAFirstYearAreAvailableOnTheirLines() {
        String unit = newUnit("OPEN");
        api.openLedger(with(openLedger("open-1", unit, 2023), "openingBalances",
                list(openingBalance(generalBasicLine(), "1200.00", "BASIC_CARRY_OVER"),
                        openingBalance(projectLine("P01", "交通设施维护"), "300.00", "PROJECT_SURPLUS"))));

        Answer spending = api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "200.00", "V-1"));

        assertThat(spending.status()).isEqualTo(200);
        assertThat(spending.sequence()).isEqualTo(2);
        assertThat(spending.line("carriedIn")).isEqualTo("1200.00");
        assertThat(spending.line("budget")).isEqualTo("0.00");
        assertThat(spending.line("spent")).isEqualTo("200.00");
        assertThat(spending.line("available")).isEqualTo("1000.00");
    }

    @Test
    void anOpeningBalanceOfTheWrongKindForItsLineIsAValidationError() {
        String unit = newUnit("OPEN");

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.openLedger(with(
                openLedger("open-1", unit, 2023), "openingBalances",
                list(openingBalance(generalBasicLine(), "1200.00", "PROJECT_SURPLUS")))));

        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("openingBalances[0].kind");
    }

    @Test
    void openingALedgerThatExistsWithAnotherRequestIsLedgerExists() {
        String unit = newUnit("OPEN");
        api.openLedger(openLedger("open-1", unit, 2023));

        Answer answer = refused(unit + "/2023", ErrorCode.LEDGER_EXISTS,
                () -> api.openLedger(openLedger("open-again", unit, 2023)));

        assertThat(answer.text("detail")).contains(unit + "/2023");
    }

    @Test
    void repeatingTheOpeningRequestAnswersItAgainAsADuplicate() {
        String unit = newUnit("OPEN");
        api.openLedger(openLedger("open-1", unit, 2023));

        Answer repeat = api.openLedger(openLedger("open-1", unit, 2023));

        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.sequence()).isEqualTo(1);
        assertThat(repeat.duplicate()).isTrue();
        assertThat(events.count(unit + "/2023")).isEqualTo(1);
    }

    @Test
    void openingTheNextYearWhileThePreviousIsOpenIsPriorYearNotClosed() {
        String unit = newUnit("OPEN");
        api.openLedger(openLedger("open-2023", unit, 2023));

        Answer answer = refused(unit + "/2024", ErrorCode.PRIOR_YEAR_NOT_CLOSED,
                () -> api.openLedger(openLedger("open-2024", unit, 2024)));

        assertThat(answer.text("detail")).contains(unit + "/2023");
        assertThat(events.count(unit + "/2024")).isZero();
    }

    @Test
    void openingTheNextYearAfterTheCloseBringsEveryCarriedForwardAndSurplusBalanceIn() {
        String unit = newUnit("NEXT");
        Map<String, Object> project = projectLine("P01", "交通标志标线维护");
        api.openLedger(openLedger("open-2023", unit, 2023));
        api.command(unit, 2023, "appropriations", appropriation("app-basic", generalBasicLine(), "1000.00"));
        api.command(unit, 2023, "appropriations", appropriation("app-project", project, "500.00"));
        api.command(unit, 2023, "revenues", revenue("rev-1", unitFundsLine(), "200.00", "R-1"));
        api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "300.00", "V-1"));
        Answer close = api.command(unit, 2023, "closing", closing("close-2023", "2024-03-31", "SURPLUS"));
        assertThat(close.status()).isEqualTo(200);
        assertThat(close.sequence()).isEqualTo(6);

        Answer opened = api.openLedger(openLedger("open-2024", unit, 2024));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.text("ledger")).isEqualTo(unit + "/2024");
        assertThat(opened.sequence()).isEqualTo(1);
        Answer basic = api.command(unit, 2024, "expenditures",
                with(expenditure("exp-2024", generalBasicLine(), "30201", "100.00", "V-1"), "effectiveDate", "2024-01-20"));
        assertThat(basic.status()).isEqualTo(200);
        assertThat(basic.sequence()).isEqualTo(2);
        assertThat(basic.line("carriedIn")).isEqualTo("700.00");
        assertThat(basic.line("spent")).isEqualTo("100.00");
        assertThat(basic.line("available")).isEqualTo("600.00");
        // The project's name came in with its surplus: the next use may leave it out.
        Answer projectAnswer = api.command(unit, 2024, "appropriations",
                with(appropriation("app-2024", projectLine("P01", null), "50.00"), "effectiveDate", "2024-01-20"));
        assertThat(projectAnswer.status()).isEqualTo(200);
        assertThat(projectAnswer.line("carriedIn")).isEqualTo("500.00");
        assertThat(projectAnswer.line("initial")).isEqualTo("50.00");
        assertThat(projectAnswer.line("available")).isEqualTo("550.00");
        assertThat(projectAnswer.body().path("line").path("line").path("projectName").asString()).isEqualTo("交通标志标线维护");
        Answer unitFunds = api.command(unit, 2024, "expenditures",
                with(expenditure("exp-unit", unitFundsLine(), "30201", "200.00", "V-2"), "effectiveDate", "2024-01-20"));
        assertThat(unitFunds.status()).isEqualTo(200);
        assertThat(unitFunds.line("carriedIn")).isEqualTo("200.00");
        assertThat(unitFunds.line("available")).isEqualTo("0.00");
    }

    @Test
    void statingOpeningBalancesWhenThePreviousYearIsInTheLedgerIsAValidationError() {
        String unit = newUnit("NEXT");
        api.openLedger(openLedger("open-2023", unit, 2023));
        api.command(unit, 2023, "closing", closing("close-2023", "2023-12-31", "CARRY_FORWARD"));

        Answer answer = refused(unit + "/2024", ErrorCode.VALIDATION_FAILED, () -> api.openLedger(with(
                openLedger("open-2024", unit, 2024), "openingBalances",
                list(openingBalance(generalBasicLine(), "10.00", "BASIC_CARRY_OVER")))));

        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("openingBalances");
        assertThat(events.count(unit + "/2024")).isZero();
    }

    @Test
    void aLedgerOfAnInvalidUnitCodeOrYearIsAValidationError() {
        Answer answer = api.openLedger(map("requestId", "open-1", "unitCode", "交警支队", "unitName", "x", "fiscalYear", 23));

        assertProblem(answer, ErrorCode.VALIDATION_FAILED);
        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("unitCode", "fiscalYear");
    }
}
