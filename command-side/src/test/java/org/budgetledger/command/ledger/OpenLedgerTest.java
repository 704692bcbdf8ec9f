package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.EARLIER;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
import static org.budgetledger.command.ledger.LedgerFixtures.PRIOR_LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_NAME;
import static org.budgetledger.command.ledger.LedgerFixtures.YEAR;
import static org.budgetledger.command.ledger.LedgerFixtures.invalidField;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.openLedger;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.budgetledger.command.ledger.Commands.OpenLedger;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.FundsAppropriated;
import org.budgetledger.events.LedgerOpened;
import org.budgetledger.events.LineClosing;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.events.RevenueRecorded;
import org.budgetledger.events.RevenueType;
import org.budgetledger.events.YearClosed;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * OpenLedger, handled by {@link LedgerOpening}. The unit's previous year lives in a second
 * repository ({@link OtherYears}) because the fixture holds a single aggregate.
 */
class OpenLedgerTest {

    private static final BudgetLine FINISHED_PROJECT = BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P09", "执法记录仪更新");

    @Test
    void aUnitsFirstLedgerOpensWithTheBalancesItStates() {
        List<OpeningBalance> balances = List.of(new OpeningBalance(BASIC, BalanceKind.BASIC_CARRY_OVER, yuan("1200.00")),
                new OpeningBalance(PROJECT, BalanceKind.PROJECT_SURPLUS, yuan("300.50")));
        OpenLedger command = openLedger("open-1", YEAR, balances);
        AggregateTestFixture<Ledger> fixture = newFixture();

        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new LedgerOpened(LEDGER, UNIT, UNIT_NAME, 2023, balances, false, LocalDate.of(2023, 1, 1),
                        "open-1", RequestFingerprint.of(command), BY, fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("open-1", LEDGER, 1, false, null));
    }

    @Test
    void aLedgerOpenedWithoutBalancesStartsEmpty() {
        OpenLedger command = openLedger("open-1");
        AggregateTestFixture<Ledger> fixture = newFixture();

        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new LedgerOpened(LEDGER, UNIT, UNIT_NAME, 2023, List.of(), false, LocalDate.of(2023, 1, 1),
                        "open-1", RequestFingerprint.of(command), BY, fixture.currentTime()));
    }

    @Test
    void statedOpeningBalancesCanBeSpent() {
        AggregateTestFixture<Ledger> fixture = newFixture();

        fixture.given(opened(List.of(new OpeningBalance(BASIC, BalanceKind.BASIC_CARRY_OVER, yuan("1200.00")))))
                .when(spend("exp-1", BASIC, OFFICE, "1200.00", "V-1"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CommandOutcome("exp-1", LEDGER, 2, false,
                        Figures.of(BASIC).carriedIn("1200.00").spent("1200.00").build()));
    }

    @Test
    void theNextYearOpensWithEveryCarriedForwardAndSurplusBalanceOfTheClosedPreviousYear() {
        OpenLedger command = openLedger("open-2023", YEAR, null);
        AggregateTestFixture<Ledger> fixture = newFixture(years -> years.record(PRIOR_LEDGER, closedPreviousYear()));

        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new LedgerOpened(LEDGER, UNIT, UNIT_NAME, 2023, List.of(
                                new OpeningBalance(BASIC, BalanceKind.BASIC_CARRY_OVER, yuan("700.00")),
                                new OpeningBalance(FINISHED_PROJECT, BalanceKind.PROJECT_SURPLUS, yuan("250.00")),
                                new OpeningBalance(UNIT_FUNDS, BalanceKind.BASIC_CARRY_OVER, yuan("80.00"))),
                        true, LocalDate.of(2023, 1, 1), "open-2023", RequestFingerprint.of(command), BY,
                        fixture.currentTime()))
                .expectResultMessagePayload(new CommandOutcome("open-2023", LEDGER, 1, false, null));
    }

    @Test
    void openingWhileThePreviousYearIsStillOpenIsRejected() {
        AggregateTestFixture<Ledger> fixture = newFixture(years -> years.record(PRIOR_LEDGER, openPreviousYear()));

        fixture.givenNoPriorActivity()
                .when(openLedger("open-2023"))
                .expectException(rejectedWith(ErrorCode.PRIOR_YEAR_NOT_CLOSED))
                .expectExceptionMessage("The ledger ZZJJ/2022 is still open: close it before opening ZZJJ/2023")
                .expectNoEvents();
    }

    @Test
    void statingOpeningBalancesWhenThePreviousYearIsInTheLedgerIsRejected() {
        AggregateTestFixture<Ledger> fixture = newFixture(years -> years.record(PRIOR_LEDGER, closedPreviousYear()));

        fixture.givenNoPriorActivity()
                .when(openLedger("open-2023", YEAR,
                        List.of(new OpeningBalance(BASIC, BalanceKind.BASIC_CARRY_OVER, yuan("700.00")))))
                .expectException(invalidField("openingBalances"))
                .expectNoEvents();
    }

    @Test
    void openingAnExistingLedgerWithAnotherRequestIsRejected() {
        newFixture()
                .given(opened())
                .when(openLedger("open-again"))
                .expectException(rejectedWith(ErrorCode.LEDGER_EXISTS))
                .expectExceptionMessage("The ledger ZZJJ/2023 is already open")
                .expectNoEvents();
    }

    @Test
    void repeatingTheOpeningRequestAnswersItAgainAndRecordsNothing() {
        newFixture()
                .given(opened())
                .when(openLedger("open"))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome("open", LEDGER, 1, true, null));
    }

    @Test
    void repeatingTheOpeningRequestIdWithAnotherUnitNameIsAConflict() {
        newFixture()
                .given(opened())
                .when(new OpenLedger(LEDGER, "open", BY, UNIT, "株洲市交警支队", YEAR, null))
                .expectException(rejectedWith(ErrorCode.REQUEST_ID_CONFLICT))
                .expectNoEvents();
    }

    /** 2022: basic 1000 of which 300 spent, a finished project with 250 left, unit funds 80, a recovered project. */
    private static Object[] closedPreviousYear() {
        BudgetLine recoveredProject = BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P08", "道路监控建设");
        return new Object[] {
            new LedgerOpened(PRIOR_LEDGER, UNIT, UNIT_NAME, 2022, List.of(), false, LocalDate.of(2022, 1, 1), "open-2022",
                    "f0", BY, EARLIER),
            new FundsAppropriated(PRIOR_LEDGER, BASIC, yuan("1000.00"), "株财预〔2022〕1号", LocalDate.of(2022, 1, 10), null,
                    "a1", "f1", BY, EARLIER),
            new FundsAppropriated(PRIOR_LEDGER, FINISHED_PROJECT, yuan("250.00"), "株财预〔2022〕1号", LocalDate.of(2022, 1, 10),
                    null, "a2", "f2", BY, EARLIER),
            new FundsAppropriated(PRIOR_LEDGER, recoveredProject, yuan("90.00"), "株财预〔2022〕1号", LocalDate.of(2022, 1, 10),
                    null, "a3", "f3", BY, EARLIER),
            new RevenueRecorded(PRIOR_LEDGER, UNIT_FUNDS, RevenueType.OTHER, yuan("80.00"), "R-1", LocalDate.of(2022, 3, 1),
                    null, null, "r1", "f4", BY, EARLIER),
            new ExpenditureRecorded(PRIOR_LEDGER, BASIC, OFFICE, yuan("300.00"), "V-1",
                    LocalDate.of(2022, 5, 1), null, null, ExpenditureStatistics.NONE, null, null, "e1", "f5", BY, EARLIER),
            new YearClosed(PRIOR_LEDGER, LocalDate.of(2023, 3, 31), Disposition.CARRY_FORWARD, List.of(
                    new LineClosing(BASIC, Disposition.CARRY_FORWARD, yuan("700.00"), BalanceKind.BASIC_CARRY_OVER),
                    new LineClosing(FINISHED_PROJECT, Disposition.SURPLUS, yuan("250.00"), BalanceKind.PROJECT_SURPLUS),
                    new LineClosing(recoveredProject, Disposition.RECOVER, yuan("90.00"), null),
                    new LineClosing(UNIT_FUNDS, Disposition.CARRY_FORWARD, yuan("80.00"), BalanceKind.BASIC_CARRY_OVER)),
                    "close-2022", "f6", BY, EARLIER)
        };
    }

    private static Object[] openPreviousYear() {
        return new Object[] {
            new LedgerOpened(PRIOR_LEDGER, UNIT, UNIT_NAME, 2022, List.of(), false, LocalDate.of(2022, 1, 1), "open-2022",
                    "f0", BY, EARLIER)
        };
    }

    @Test
    void openingAYearBelowOneAlreadyOpenIsRejected() {
        AggregateTestFixture<Ledger> fixture = newFixture(years -> years.record(UNIT + "/2024", new LedgerOpened(UNIT + "/2024",
                UNIT, UNIT_NAME, 2024, List.of(), false, LocalDate.of(2024, 1, 1), "open-2024", "fingerprint", BY, EARLIER)));

        fixture.givenNoPriorActivity()
                .when(openLedger("open-2023"))
                .expectException(rejectedWith(ErrorCode.LATER_YEAR_EXISTS))
                .expectExceptionMessage("The ledger ZZJJ/2024 is already open: ZZJJ/2023 could no longer carry its balances into it")
                .expectNoEvents();
    }

    @Test
    void aStatedOpeningBalanceOnAnUnknownFunctionCodeIsRejected() {
        newFixture().givenNoPriorActivity()
                .when(openLedger("open-2023", YEAR, List.of(new OpeningBalance(BudgetLine.basic(Fund.GENERAL_BUDGET, "9999999"),
                        BalanceKind.BASIC_CARRY_OVER, yuan("5.00")))))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_FUNCTION_CODE))
                .expectNoEvents();
    }

    @Test
    void statedOpeningBalancesGivingOneProjectTwoNamesAreRejected() {
        newFixture().givenNoPriorActivity()
                .when(openLedger("open-2023", YEAR, List.of(
                        new OpeningBalance(BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P9", "甲项目"),
                                BalanceKind.PROJECT_CARRY_OVER, yuan("5.00")),
                        new OpeningBalance(BudgetLine.project(Fund.GENERAL_BUDGET, "2040299", "P9", "乙项目"),
                                BalanceKind.PROJECT_SURPLUS, yuan("5.00")))))
                .expectException(rejectedWith(ErrorCode.PROJECT_NAME_MISMATCH))
                .expectNoEvents();
    }
}
