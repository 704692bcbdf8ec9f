package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.IN_YEAR;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.revenue;
import static org.budgetledger.command.ledger.LedgerFixtures.reverse;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.threePublicBudget;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.SetThreePublicBudget;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicBudgetSet;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * 三公经费: SetThreePublicBudget, and the control budgets as a hard limit on the fiscal
 * expenditures (basic and project) carrying the four economic codes.
 */
class ThreePublicExpensesTest {

    private static final String OVERSEAS_TRAVEL = "30212";
    private static final String VEHICLE_PURCHASE = "31013";
    private static final String VEHICLE_OPERATION = "30231";
    private static final String RECEPTION = "30217";

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    @Test
    void settingAControlBudgetIsRecorded() {
        SetThreePublicBudget command = threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "33300.00");

        fixture.given(opened())
                .when(command)
                .expectEvents(new ThreePublicBudgetSet(LEDGER, ThreePublicCategory.RECEPTION, yuan("33300.00"), "株财行〔2023〕3号",
                        LocalDate.of(2023, 1, 15), "3p-1", RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("3p-1", LEDGER, 2, false, null));
    }

    @Test
    void aThreePublicExpenditureWithinItsControlBudgetIsRecordedWithItsStatistics() {
        RecordExpenditure command = spend("exp-1", BASIC, RECEPTION, "1000.00", "V-1", new ExpenditureStatistics(2, 15, 0));

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "1000.00"))
                .when(command)
                .expectEvents(new ExpenditureRecorded(LEDGER, BASIC, RECEPTION, yuan("1000.00"), "V-1", IN_YEAR, "株洲市文具供应站",
                        "办公用品", new ExpenditureStatistics(2, 15, 0), null, null, "exp-1", RequestFingerprint.of(command), BY,
                        fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("exp-1", LEDGER, 4, false,
                        Figures.of(BASIC).initial("5000.00").spent("1000.00").build()));
    }

    @Test
    void aThreePublicExpenditureBeyondItsControlBudgetIsRejectedThoughTheLineHasMoney() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "1000.00"),
                        spend("exp-1", BASIC, RECEPTION, "999.99", "V-1"))
                .when(spend("exp-2", BASIC, RECEPTION, "0.02", "V-2"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectExceptionMessage("An expenditure of 0.02 on 公务接待费 would bring its spending to 1000.01,"
                        + " above its control budget of 1000.00")
                .expectNoEvents();
    }

    @Test
    void aThreePublicExpenditureWithoutAControlBudgetIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"))
                .when(spend("exp-1", BASIC, VEHICLE_OPERATION, "0.01", "V-1"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectExceptionMessage("An expenditure of 0.01 on 公务用车运行维护费 would bring its spending to 0.01,"
                        + " above its control budget of 0.00 (none set yet: set one with SetThreePublicBudget)")
                .expectNoEvents();
    }

    @Test
    void eachCategoryHasItsOwnControlBudget() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.OVERSEAS_TRAVEL, "3000.00"))
                .when(spend("exp-1", BASIC, VEHICLE_PURCHASE, "100.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectNoEvents();
    }

    @Test
    void projectExpendituresCountAgainstTheControlBudgetToo() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"), appropriate("app-2", PROJECT, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.OVERSEAS_TRAVEL, "3000.00"),
                        spend("exp-1", BASIC, OVERSEAS_TRAVEL, "2000.00", "V-1"))
                .when(spend("exp-2", PROJECT, OVERSEAS_TRAVEL, "1000.01", "V-2"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectNoEvents();
    }

    @Test
    void unitFundsAreNotLimitedByTheControlBudgets() {
        fixture.given(opened())
                .andGivenCommands(revenue("rev-1", UNIT_FUNDS, "800.00", "R-1"))
                .when(spend("exp-1", UNIT_FUNDS, RECEPTION, "800.00", "V-1"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandOutcome("exp-1", LEDGER, 3, false,
                        Figures.of(UNIT_FUNDS).revenue("800.00").spent("800.00").build()));
    }

    @Test
    void unitFundsSpentOnThreePublicCodesDoNotUseUpTheControlBudget() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"), revenue("rev-1", UNIT_FUNDS, "800.00", "R-1"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "500.00"),
                        spend("exp-1", UNIT_FUNDS, RECEPTION, "800.00", "V-1"))
                .when(spend("exp-2", BASIC, RECEPTION, "500.00", "V-2"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aNewControlBudgetReplacesThePreviousOne() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "1000.00"),
                        threePublicBudget("3p-2", ThreePublicCategory.RECEPTION, "400.00"))
                .when(spend("exp-1", BASIC, RECEPTION, "400.01", "V-1"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectNoEvents();
    }

    @Test
    void aControlBudgetBelowWhatIsAlreadySpentIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "1000.00"),
                        spend("exp-1", BASIC, RECEPTION, "600.00", "V-1"))
                .when(threePublicBudget("3p-2", ThreePublicCategory.RECEPTION, "599.99"))
                .expectException(rejectedWith(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED))
                .expectExceptionMessage("A control budget of 599.99 for 公务接待费 is below the 600.00 already spent")
                .expectNoEvents();
    }

    @Test
    void aControlBudgetEqualToWhatIsAlreadySpentIsAccepted() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "1000.00"),
                        spend("exp-1", BASIC, RECEPTION, "600.00", "V-1"))
                .when(threePublicBudget("3p-2", ThreePublicCategory.RECEPTION, "600.00"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandOutcome("3p-2", LEDGER, 5, false, null));
    }

    @Test
    void aZeroControlBudgetIsAcceptedWhileNothingIsSpent() {
        fixture.given(opened())
                .when(threePublicBudget("3p-1", ThreePublicCategory.OVERSEAS_TRAVEL, "0.00"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandOutcome("3p-1", LEDGER, 2, false, null));
    }

    @Test
    void aReversedThreePublicExpenditureGivesItsControlBudgetBack() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "1000.00"),
                        spend("exp-1", BASIC, RECEPTION, "1000.00", "V-1"), reverse("rev-1", "V-1"))
                .when(spend("exp-2", BASIC, RECEPTION, "1000.00", "V-2"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aControlBudgetSetOutsideTheFiscalYearIsRejected() {
        fixture.given(opened())
                .when(new SetThreePublicBudget(LEDGER, "3p-1", BY, ThreePublicCategory.RECEPTION, yuan("10.00"), "株财行〔2024〕1号",
                        LocalDate.of(2024, 1, 3)))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }
}
