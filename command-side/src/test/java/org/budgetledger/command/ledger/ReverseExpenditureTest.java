package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
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
import org.budgetledger.command.ledger.Commands.ReverseExpenditure;
import org.budgetledger.events.ExpenditureReversed;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** ReverseExpenditure: a wrong expenditure is undone by a reversal entry, once. */
class ReverseExpenditureTest {

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    @Test
    void aReversalRepeatsTheLineCodeAmountAndStatisticsOfTheExpenditure() {
        ReverseExpenditure command = reverse("rev-1", "V-1");

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "5000.00"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "1000.00"),
                        spend("exp-1", PROJECT, "30217", "880.00", "V-1", new ExpenditureStatistics(1, 6, 0)))
                .when(command)
                .expectEvents(new ExpenditureReversed(LEDGER, "V-1", PROJECT, "30217", yuan("880.00"),
                        new ExpenditureStatistics(1, 6, 0), "重复报销，冲销", LocalDate.of(2023, 6, 1), "rev-1",
                        RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("rev-1", LEDGER, 5, false,
                        Figures.of(PROJECT).initial("5000.00").build()));
    }

    @Test
    void aReversalMakesTheAmountAvailableAgain() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), spend("exp-1", BASIC, OFFICE, "500.00", "V-1"),
                        reverse("rev-1", "V-1"))
                .when(spend("exp-2", BASIC, OFFICE, "500.00", "V-2"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandOutcome("exp-2", LEDGER, 5, false,
                        Figures.of(BASIC).initial("500.00").spent("500.00").build()));
    }

    @Test
    void aReversalOfUnitFundsIsRecorded() {
        fixture.given(opened())
                .andGivenCommands(revenue("r-1", UNIT_FUNDS, "300.00", "R-1"), spend("exp-1", UNIT_FUNDS, OFFICE, "120.00", "V-1"))
                .when(reverse("rev-1", "V-1"))
                .expectResultMessagePayload(new CommandOutcome("rev-1", LEDGER, 4, false,
                        Figures.of(UNIT_FUNDS).revenue("300.00").build()));
    }

    @Test
    void reversingAVoucherWithoutExpenditureIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), spend("exp-1", BASIC, OFFICE, "100.00", "V-1"))
                .when(reverse("rev-1", "V-2"))
                .expectException(rejectedWith(ErrorCode.EXPENDITURE_NOT_FOUND))
                .expectExceptionMessage("No expenditure with voucher V-2 in ledger ZZJJ/2023")
                .expectNoEvents();
    }

    @Test
    void reversingTheVoucherOfAReceiptIsRejected() {
        fixture.given(opened())
                .andGivenCommands(revenue("r-1", UNIT_FUNDS, "300.00", "R-1"))
                .when(reverse("rev-1", "R-1"))
                .expectException(rejectedWith(ErrorCode.EXPENDITURE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void reversingAnExpenditureTwiceIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), spend("exp-1", BASIC, OFFICE, "100.00", "V-1"),
                        reverse("rev-1", "V-1"))
                .when(reverse("rev-2", "V-1"))
                .expectException(rejectedWith(ErrorCode.EXPENDITURE_ALREADY_REVERSED))
                .expectExceptionMessage("The expenditure V-1 is already reversed")
                .expectNoEvents();
    }

    @Test
    void theVoucherOfAReversedExpenditureStaysUsed() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), spend("exp-1", BASIC, OFFICE, "100.00", "V-1"),
                        reverse("rev-1", "V-1"))
                .when(spend("exp-2", BASIC, OFFICE, "100.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.VOUCHER_EXISTS))
                .expectNoEvents();
    }

    @Test
    void aReversalDatedOutsideTheFiscalYearIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), spend("exp-1", BASIC, OFFICE, "100.00", "V-1"))
                .when(new ReverseExpenditure(LEDGER, "rev-1", BY, "V-1", "冲销", LocalDate.of(2024, 1, 5)))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }
}
