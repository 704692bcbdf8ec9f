package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.AppropriateFunds;
import org.budgetledger.events.FundsAppropriated;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** AppropriateFunds: 年初预算 on a fiscal line. */
class AppropriateFundsTest {

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    @Test
    void anAppropriationCreatesTheLineAndAnswersItsFigures() {
        AppropriateFunds command = appropriate("app-1", BASIC, "94111500.00");

        fixture.given(opened())
                .when(command)
                .expectEvents(new FundsAppropriated(LEDGER, BASIC, 9_411_150_000L, "株财预〔2023〕1号", LocalDate.of(2023, 1, 10),
                        "年初预算", "app-1", RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("app-1", LEDGER, 2, false,
                        Figures.of(BASIC).initial("94111500.00").build()));
    }

    @Test
    void aSecondAppropriationOnTheSameLineAddsToItsInitialBudget() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"))
                .when(appropriate("app-2", BASIC, "250.25"))
                .expectResultMessagePayload(new CommandOutcome("app-2", LEDGER, 3, false,
                        Figures.of(BASIC).initial("750.25").build()));
    }

    @Test
    void aProjectLineNamesItsProjectOnFirstUse() {
        AppropriateFunds command = appropriate("app-1", PROJECT, "300.00");

        fixture.given(opened())
                .when(command)
                .expectEvents(new FundsAppropriated(LEDGER, PROJECT, yuan("300.00"), "株财预〔2023〕1号", LocalDate.of(2023, 1, 10),
                        "年初预算", "app-1", RequestFingerprint.of(command), BY, fixture.currentTime()));
    }

    @Test
    void aProjectUsedBeforeMayLeaveItsNameOutAndKeepsTheKnownName() {
        AppropriateFunds command = appropriate("app-2", PROJECT.withProjectName(null), "100.00");

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "300.00"))
                .when(command)
                .expectEvents(new FundsAppropriated(LEDGER, PROJECT, yuan("100.00"), "株财预〔2023〕1号", LocalDate.of(2023, 1, 10),
                        "年初预算", "app-2", RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("app-2", LEDGER, 3, false,
                        Figures.of(PROJECT).initial("400.00").build()));
    }

    @Test
    void aProjectWithoutANameOnFirstUseIsRejected() {
        fixture.given(opened())
                .when(appropriate("app-1", PROJECT.withProjectName(null), "300.00"))
                .expectException(invalidField("line.projectName"))
                .expectNoEvents();
    }

    @Test
    void aProjectNamedDifferentlyThanBeforeIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "300.00"))
                .when(appropriate("app-2", PROJECT.withProjectName("交通标线"), "100.00"))
                .expectException(rejectedWith(ErrorCode.PROJECT_NAME_MISMATCH))
                .expectExceptionMessage("The project P01 is named '交通标志标线维护' in this ledger, not '交通标线'")
                .expectNoEvents();
    }

    @Test
    void anAppropriationOfUnitFundsIsRejected() {
        fixture.given(opened())
                .when(appropriate("app-1", UNIT_FUNDS, "300.00"))
                .expectException(invalidField("line.fund"))
                .expectNoEvents();
    }

    @Test
    void anAppropriationOnAFunctionCodeOutsideTheCatalogueIsRejected() {
        fixture.given(opened())
                .when(appropriate("app-1", BudgetLine.basic(Fund.GENERAL_BUDGET, "2040298"), "300.00"))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_FUNCTION_CODE))
                .expectExceptionMessage("The function code 2040298 is not a 7-digit 项 of the catalogue")
                .expectNoEvents();
    }

    @Test
    void anAppropriationOnAFunctionClassInsteadOfAnItemIsRejected() {
        fixture.given(opened())
                .when(appropriate("app-1", BudgetLine.basic(Fund.GENERAL_BUDGET, "20402"), "300.00"))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_FUNCTION_CODE))
                .expectNoEvents();
    }

    @Test
    void anAppropriationDatedOutsideTheFiscalYearIsRejected() {
        AppropriateFunds nextYear = new AppropriateFunds(LEDGER, "app-1", BY, BASIC, yuan("300.00"), "株财预〔2024〕1号",
                LocalDate.of(2024, 1, 1), null);

        fixture.given(opened())
                .when(nextYear)
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectExceptionMessage("The date 2024-01-01 is outside the fiscal year 2023 of ledger ZZJJ/2023")
                .expectNoEvents();
    }

    @Test
    void anAppropriationDatedInThePreviousYearIsRejected() {
        AppropriateFunds lastYear = new AppropriateFunds(LEDGER, "app-1", BY, BASIC, yuan("300.00"), "株财预〔2022〕9号",
                LocalDate.of(2022, 12, 31), null);

        fixture.given(opened())
                .when(lastYear)
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }
}
