package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.IN_YEAR;
import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS_PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.close;
import static org.budgetledger.command.ledger.LedgerFixtures.increase;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.openLedger;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.revenue;
import static org.budgetledger.command.ledger.LedgerFixtures.reverse;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.threePublicBudget;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.budgetledger.command.ledger.Commands.CloseYear;
import org.budgetledger.command.ledger.Commands.LineDisposition;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.LineClosing;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.events.YearClosed;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CloseYear: the disposition of every balance, and a closed ledger accepting nothing more. */
class CloseYearTest {

    /** A second project, still under way or finished depending on the test. */
    private static final BudgetLine PROJECT_2 = BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P03", "交通安全宣传");
    private static final LocalDate END_OF_MARCH = LocalDate.of(2024, 3, 31);

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    /**
     * Basic 1000 with 300 spent (700 left), project P01 fully spent (nothing left), project P03
     * 400 left, unit funds 200 on a basic line and 100 on a project line.
     */
    private TestExecutor<Ledger> givenAYearWithBalances() {
        return fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), spend("exp-1", BASIC, OFFICE, "300.00", "V-1"),
                        appropriate("app-2", PROJECT, "500.00"), spend("exp-2", PROJECT, OFFICE, "500.00", "V-2"),
                        appropriate("app-3", PROJECT_2, "400.00"), revenue("rev-1", UNIT_FUNDS, "200.00", "R-1"),
                        revenue("rev-2", UNIT_FUNDS_PROJECT, "100.00", "R-2"));
    }

    @Test
    void closingCarriesEveryBalanceForwardByDefaultAndSkipsLinesWithNothingLeft() {
        CloseYear command = close("close", LocalDate.of(2023, 12, 31), Disposition.CARRY_FORWARD);

        givenAYearWithBalances()
                .when(command)
                .expectEvents(new YearClosed(LEDGER, LocalDate.of(2023, 12, 31), Disposition.CARRY_FORWARD, List.of(
                                new LineClosing(BASIC, Disposition.CARRY_FORWARD, yuan("700.00"), BalanceKind.BASIC_CARRY_OVER),
                                new LineClosing(PROJECT_2, Disposition.CARRY_FORWARD, yuan("400.00"), BalanceKind.PROJECT_CARRY_OVER),
                                new LineClosing(UNIT_FUNDS, Disposition.CARRY_FORWARD, yuan("200.00"), BalanceKind.BASIC_CARRY_OVER),
                                new LineClosing(UNIT_FUNDS_PROJECT, Disposition.CARRY_FORWARD, yuan("100.00"),
                                        BalanceKind.PROJECT_CARRY_OVER)),
                        "close", RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("close", LEDGER, 9, false, null));
    }

    @Test
    void aSurplusDefaultMakesProjectBalancesSurplusAndCarriesBasicLinesForward() {
        CloseYear command = close("close", END_OF_MARCH, Disposition.SURPLUS);

        givenAYearWithBalances()
                .when(command)
                .expectEvents(new YearClosed(LEDGER, END_OF_MARCH, Disposition.SURPLUS, List.of(
                                new LineClosing(BASIC, Disposition.CARRY_FORWARD, yuan("700.00"), BalanceKind.BASIC_CARRY_OVER),
                                new LineClosing(PROJECT_2, Disposition.SURPLUS, yuan("400.00"), BalanceKind.PROJECT_SURPLUS),
                                new LineClosing(UNIT_FUNDS, Disposition.CARRY_FORWARD, yuan("200.00"), BalanceKind.BASIC_CARRY_OVER),
                                new LineClosing(UNIT_FUNDS_PROJECT, Disposition.SURPLUS, yuan("100.00"), BalanceKind.PROJECT_SURPLUS)),
                        "close", RequestFingerprint.of(command), BY, fixture.currentTime()));
    }

    @Test
    void aRecoverDefaultRecoversFiscalBalancesAndCarriesUnitFundsForward() {
        CloseYear command = close("close", END_OF_MARCH, Disposition.RECOVER);

        givenAYearWithBalances()
                .when(command)
                .expectEvents(new YearClosed(LEDGER, END_OF_MARCH, Disposition.RECOVER, List.of(
                                new LineClosing(BASIC, Disposition.RECOVER, yuan("700.00"), null),
                                new LineClosing(PROJECT_2, Disposition.RECOVER, yuan("400.00"), null),
                                new LineClosing(UNIT_FUNDS, Disposition.CARRY_FORWARD, yuan("200.00"), BalanceKind.BASIC_CARRY_OVER),
                                new LineClosing(UNIT_FUNDS_PROJECT, Disposition.CARRY_FORWARD, yuan("100.00"),
                                        BalanceKind.PROJECT_CARRY_OVER)),
                        "close", RequestFingerprint.of(command), BY, fixture.currentTime()));
    }

    @Test
    void aPerLineDispositionOverridesTheDefault() {
        CloseYear command = close("close", END_OF_MARCH, Disposition.RECOVER,
                new LineDisposition(PROJECT_2, Disposition.SURPLUS), new LineDisposition(BASIC, Disposition.CARRY_FORWARD),
                new LineDisposition(UNIT_FUNDS_PROJECT, Disposition.SURPLUS));

        givenAYearWithBalances()
                .when(command)
                .expectEvents(new YearClosed(LEDGER, END_OF_MARCH, Disposition.RECOVER, List.of(
                                new LineClosing(BASIC, Disposition.CARRY_FORWARD, yuan("700.00"), BalanceKind.BASIC_CARRY_OVER),
                                new LineClosing(PROJECT_2, Disposition.SURPLUS, yuan("400.00"), BalanceKind.PROJECT_SURPLUS),
                                new LineClosing(UNIT_FUNDS, Disposition.CARRY_FORWARD, yuan("200.00"), BalanceKind.BASIC_CARRY_OVER),
                                new LineClosing(UNIT_FUNDS_PROJECT, Disposition.SURPLUS, yuan("100.00"), BalanceKind.PROJECT_SURPLUS)),
                        "close", RequestFingerprint.of(command), BY, fixture.currentTime()));
    }

    @Test
    void closingDisposesOfTheWholeAvailableBalanceOfALine() {
        CloseYear command = close("close", END_OF_MARCH, Disposition.CARRY_FORWARD);

        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), increase("adj-1", BASIC, "20.00"),
                        spend("exp-1", BASIC, OFFICE, "300.00", "V-1"), reverse("rev-1", "V-1"),
                        spend("exp-2", BASIC, OFFICE, "20.00", "V-2"))
                .when(command)
                .expectEvents(new YearClosed(LEDGER, END_OF_MARCH, Disposition.CARRY_FORWARD, List.of(
                                new LineClosing(BASIC, Disposition.CARRY_FORWARD, yuan("1000.00"), BalanceKind.BASIC_CARRY_OVER)),
                        "close", RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("close", LEDGER, 7, false, null));
    }

    @Test
    void aSurplusOnABasicLineRejectsTheWholeClose() {
        givenAYearWithBalances()
                .when(close("close", END_OF_MARCH, Disposition.CARRY_FORWARD, new LineDisposition(BASIC, Disposition.SURPLUS)))
                .expectException(rejectedWith(ErrorCode.INVALID_DISPOSITION))
                .expectExceptionMessage("Line GENERAL_BUDGET/2040201/BASIC is a basic line: only project balances can become"
                        + " a surplus (结余)")
                .expectNoEvents();
    }

    @Test
    void recoveringUnitFundsRejectsTheWholeClose() {
        givenAYearWithBalances()
                .when(close("close", END_OF_MARCH, Disposition.CARRY_FORWARD,
                        new LineDisposition(UNIT_FUNDS_PROJECT, Disposition.RECOVER)))
                .expectException(rejectedWith(ErrorCode.INVALID_DISPOSITION))
                .expectExceptionMessage("Line UNIT_FUNDS/2040202/PROJECT/P02 holds unit funds: only fiscal balances can be"
                        + " recovered (收回)")
                .expectNoEvents();
    }

    @Test
    void aDispositionForALineTheLedgerDoesNotHaveRejectsTheClose() {
        givenAYearWithBalances()
                .when(close("close", END_OF_MARCH, Disposition.CARRY_FORWARD,
                        new LineDisposition(BudgetLine.basic(Fund.STATE_CAPITAL, "2040201"), Disposition.RECOVER)))
                .expectException(rejectedWith(ErrorCode.LINE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aCloseDatedOnTheLast31MarchIsAccepted() {
        fixture.given(opened())
                .when(close("close", LocalDate.of(2024, 3, 31), Disposition.CARRY_FORWARD))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandOutcome("close", LEDGER, 2, false, null));
    }

    @Test
    void aCloseDatedAfter31MarchOfTheNextYearIsRejected() {
        fixture.given(opened())
                .when(close("close", LocalDate.of(2024, 4, 1), Disposition.CARRY_FORWARD))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectExceptionMessage("The close of 2023 must be dated between 2023-01-01 and 2024-03-31, not 2024-04-01")
                .expectNoEvents();
    }

    @Test
    void aCloseDatedBeforeTheFiscalYearIsRejected() {
        fixture.given(opened())
                .when(close("close", LocalDate.of(2022, 12, 31), Disposition.CARRY_FORWARD))
                .expectException(rejectedWith(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR))
                .expectNoEvents();
    }

    static Stream<Named<Object>> everyCommand() {
        return Stream.of(
                Named.of("AppropriateFunds", appropriate("after-1", BASIC, "1.00")),
                Named.of("MidYearAdjust", increase("after-2", BASIC, "1.00")),
                Named.of("RecordRevenue", revenue("after-3", UNIT_FUNDS, "1.00", "R-9")),
                Named.of("RecordExpenditure", spend("after-4", BASIC, OFFICE, "1.00", "V-9")),
                Named.of("ReverseExpenditure", reverse("after-5", "V-1")),
                Named.of("SetThreePublicBudget", threePublicBudget("after-6", ThreePublicCategory.RECEPTION, "1.00")),
                Named.of("CloseYear", close("after-7", END_OF_MARCH, Disposition.RECOVER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommand")
    void aClosedLedgerAcceptsNothingMore(Object command) {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), spend("exp-1", BASIC, OFFICE, "300.00", "V-1"),
                        close("close", END_OF_MARCH, Disposition.CARRY_FORWARD))
                .when(command)
                .expectException(rejectedWith(ErrorCode.LEDGER_CLOSED))
                .expectExceptionMessage("The ledger ZZJJ/2023 is closed and accepts nothing more")
                .expectNoEvents();
    }

    @Test
    void openingAClosedLedgerAgainIsStillLedgerExists() {
        fixture.given(opened())
                .andGivenCommands(close("close", END_OF_MARCH, Disposition.CARRY_FORWARD))
                .when(openLedger("open-again"))
                .expectException(rejectedWith(ErrorCode.LEDGER_EXISTS))
                .expectNoEvents();
    }

    @Test
    void aCloseDatedBeforeTheLedgersLatestEntryIsRejected() {
        fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), spend("exp-1", BASIC, OFFICE, "300.00", "V-1"))
                .when(close("close", IN_YEAR.minusDays(1), Disposition.CARRY_FORWARD))
                .expectException(invalidField("effectiveDate"))
                .expectNoEvents();
    }

    @Test
    void aCloseNamingOneLineTwiceIsRejected() {
        givenAYearWithBalances()
                .when(close("close", LocalDate.of(2023, 12, 31), Disposition.CARRY_FORWARD,
                        new LineDisposition(PROJECT_2, Disposition.SURPLUS), new LineDisposition(PROJECT_2, Disposition.RECOVER)))
                .expectException(invalidField("dispositions"))
                .expectNoEvents();
    }
}
