package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.IN_YEAR;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.decrease;
import static org.budgetledger.command.ledger.LedgerFixtures.increase;
import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.revenue;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** RecordExpenditure: no payment without budget (无预算不支出), classifications, vouchers. */
class RecordExpenditureTest {

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    @Test
    void anExpenditureWithinTheAvailableBalanceIsRecorded() {
        RecordExpenditure command = spend("exp-1", BASIC, OFFICE, "120.50", "记-2023-05-001");

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"))
                .when(command)
                .expectEvents(new ExpenditureRecorded(LEDGER, BASIC, OFFICE, 12050, "记-2023-05-001", IN_YEAR, "株洲市文具供应站",
                        "办公用品", ExpenditureStatistics.NONE, null, null, "exp-1", RequestFingerprint.of(command), BY,
                        fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("exp-1", LEDGER, 3, false,
                        Figures.of(BASIC).initial("500.00").spent("120.50").build()));
    }

    @Test
    void anExpenditureOfExactlyTheAvailableBalanceIsRecorded() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), spend("exp-1", BASIC, OFFICE, "120.50", "V-1"))
                .when(spend("exp-2", BASIC, OFFICE, "379.50", "V-2"))
                .expectResultMessagePayload(new CommandOutcome("exp-2", LEDGER, 4, false,
                        Figures.of(BASIC).initial("500.00").spent("500.00").build()));
    }

    @Test
    void anExpenditureLargerThanTheAvailableBalanceIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), spend("exp-1", BASIC, OFFICE, "120.50", "V-1"))
                .when(spend("exp-2", BASIC, OFFICE, "379.51", "V-2"))
                .expectException(rejectedWith(ErrorCode.EXCEEDS_AVAILABLE))
                .expectExceptionMessage("An expenditure of 379.51 exceeds the available 379.50 of line GENERAL_BUDGET/2040201/BASIC")
                .expectNoEvents();
    }

    @Test
    void theAvailableBalanceCountsCarriedInBalancesIncreasesAndCuts() {
        fixture.given(opened(List.of(new OpeningBalance(BASIC, BalanceKind.BASIC_CARRY_OVER, yuan("100.00")))))
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), increase("adj-1", BASIC, "50.00"),
                        decrease("adj-2", BASIC, "30.00"))
                .when(spend("exp-1", BASIC, OFFICE, "620.01", "V-1"))
                .expectException(rejectedWith(ErrorCode.EXCEEDS_AVAILABLE))
                .expectExceptionMessage("An expenditure of 620.01 exceeds the available 620.00 of line GENERAL_BUDGET/2040201/BASIC")
                .expectNoEvents();
    }

    @Test
    void anExpenditureOnALineTheLedgerDoesNotHaveIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"))
                .when(spend("exp-1", BudgetLine.basic(Fund.GOVERNMENT_FUND, "2040201"), OFFICE, "1.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.LINE_NOT_FOUND))
                .expectExceptionMessage("No line GOVERNMENT_FUND/2040201/BASIC in ledger ZZJJ/2023")
                .expectNoEvents();
    }

    @Test
    void anExpenditureWithAnEconomicCodeOutsideTheCatalogueIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"))
                .when(spend("exp-1", BASIC, "30298", "1.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_ECONOMIC_CODE))
                .expectExceptionMessage("The economic code 30298 is not a 5-digit code of the catalogue")
                .expectNoEvents();
    }

    @Test
    void anExpenditureWithAnEconomicClassInsteadOfAnItemIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"))
                .when(spend("exp-1", BASIC, "302", "1.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_ECONOMIC_CODE))
                .expectNoEvents();
    }

    @Test
    void anExpenditureOnAFunctionCodeOutsideTheCatalogueIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"))
                .when(spend("exp-1", BudgetLine.basic(Fund.GENERAL_BUDGET, "2040298"), OFFICE, "1.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_FUNCTION_CODE))
                .expectNoEvents();
    }

    @Test
    void anExpenditureUnderAVoucherAlreadyUsedIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"), spend("exp-1", BASIC, OFFICE, "10.00", "V-1"))
                .when(spend("exp-2", BASIC, OFFICE, "20.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.VOUCHER_EXISTS))
                .expectExceptionMessage("The voucher number V-1 is already used in ledger ZZJJ/2023")
                .expectNoEvents();
    }

    @Test
    void anExpenditureUnderTheVoucherOfAReceiptIsRejected() {
        fixture.given(opened())
                .andGivenCommands(revenue("rev-1", UNIT_FUNDS, "500.00", "R-1"))
                .when(spend("exp-1", UNIT_FUNDS, OFFICE, "20.00", "R-1"))
                .expectException(rejectedWith(ErrorCode.VOUCHER_EXISTS))
                .expectNoEvents();
    }

    @Test
    void anExpenditureDatedOutsideTheFiscalYearIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "500.00"))
                .when(new RecordExpenditure(LEDGER, "exp-1", BY, BASIC, OFFICE, 100, LocalDate.of(2024, 1, 2), "V-1", null,
                        null, ExpenditureStatistics.NONE, null))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }

    @Test
    void anExpenditureOnAProjectFirstNamedWithoutANameIsRejected() {
        fixture.given(opened())
                .when(spend("exp-1", PROJECT.withProjectName(null), OFFICE, "1.00", "V-1"))
                .expectException(invalidField("line.projectName"))
                .expectNoEvents();
    }

    @Test
    void anExpenditureNamingTheProjectDifferentlyIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "500.00"))
                .when(spend("exp-1", PROJECT.withProjectName("交通标线"), OFFICE, "1.00", "V-1"))
                .expectException(rejectedWith(ErrorCode.PROJECT_NAME_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void anExpenditureOnAKnownProjectWithoutItsNameIsRecordedUnderTheKnownName() {
        RecordExpenditure command = spend("exp-1", PROJECT.withProjectName(null), OFFICE, "100.00", "V-1");

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "500.00"))
                .when(command)
                .expectEvents(new ExpenditureRecorded(LEDGER, PROJECT, OFFICE, 10000, "V-1", IN_YEAR, "株洲市文具供应站", "办公用品",
                        ExpenditureStatistics.NONE, null, null, "exp-1", RequestFingerprint.of(command), BY, fixture.currentTime()));
    }

    @Test
    void aBasicExpenditureOnAnEconomicClassOutsideTheBasicTablesIsRejected() {
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(spend("exp-1", BASIC, "30901", "10.00", "V-1"))
                .expectException(invalidField("economicCode"))
                .expectNoEvents();
    }

    @Test
    void aProjectMayBeSpentOnCapitalConstruction() {
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", PROJECT, "1000.00"))
                .when(spend("exp-1", PROJECT, "30901", "10.00", "V-1"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anExpenditureOfNothingSentPastTheRequestReaderIsRejected() {
        newFixture().given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"))
                .when(spend("exp-1", BASIC, OFFICE, "0.00", "V-1"))
                .expectException(invalidField("amount"))
                .expectNoEvents();
    }
}
