package org.budgetledger.command.ledger;

import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.OFFICE;
import static org.budgetledger.command.ledger.LedgerFixtures.UNIT_FUNDS;
import static org.budgetledger.command.ledger.LedgerFixtures.appropriate;
import static org.budgetledger.command.ledger.LedgerFixtures.close;
import static org.budgetledger.command.ledger.LedgerFixtures.decrease;
import static org.budgetledger.command.ledger.LedgerFixtures.increase;
import static org.budgetledger.command.ledger.LedgerFixtures.newFixture;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.rejectedWith;
import static org.budgetledger.command.ledger.LedgerFixtures.revenue;
import static org.budgetledger.command.ledger.LedgerFixtures.reverse;
import static org.budgetledger.command.ledger.LedgerFixtures.spend;
import static org.budgetledger.command.ledger.LedgerFixtures.threePublicBudget;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.budgetledger.command.ledger.Commands.AppropriateFunds;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.LineFigures;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command carries a client-chosen request id: the same request again is answered again
 * without recording anything; the same id with other content is a conflict.
 */
class RequestIdempotencyTest {

    private static final LineFigures BASIC_NOW = Figures.of(BASIC).initial("1000.00").increases("100.00").spent("50.00").build();
    private static final LineFigures UNIT_FUNDS_NOW = Figures.of(UNIT_FUNDS).revenue("200.00").build();

    private final AggregateTestFixture<Ledger> fixture = newFixture();

    /** Entries 2 to 8: one of every command but the close. */
    private TestExecutor<Ledger> givenAYearOfEntries() {
        return fixture.given(opened())
                .andGivenCommands(appropriate("app-1", BASIC, "1000.00"), increase("adj-1", BASIC, "100.00"),
                        revenue("rev-1", UNIT_FUNDS, "200.00", "R-1"),
                        threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "500.00"),
                        spend("exp-1", BASIC, "30217", "300.00", "V-1"), reverse("rvs-1", "V-1"),
                        spend("exp-2", BASIC, OFFICE, "50.00", "V-2"));
    }

    static Stream<Arguments> repeatedRequests() {
        return Stream.of(
                Arguments.of("AppropriateFunds", appropriate("app-1", BASIC, "1000.00"), 2, BASIC_NOW),
                Arguments.of("MidYearAdjust", increase("adj-1", BASIC, "100.00"), 3, BASIC_NOW),
                Arguments.of("RecordRevenue", revenue("rev-1", UNIT_FUNDS, "200.00", "R-1"), 4, UNIT_FUNDS_NOW),
                Arguments.of("SetThreePublicBudget", threePublicBudget("3p-1", ThreePublicCategory.RECEPTION, "500.00"), 5, null),
                Arguments.of("RecordExpenditure", spend("exp-1", BASIC, "30217", "300.00", "V-1"), 6, BASIC_NOW),
                Arguments.of("ReverseExpenditure", reverse("rvs-1", "V-1"), 7, BASIC_NOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedRequests")
    void aRepeatedRequestIsAnsweredWithItsOriginalSequenceAndRecordsNothing(String name, Object repeat, long sequence,
            LineFigures line) {
        givenAYearOfEntries()
                .when(repeat)
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome(((LedgerCommand) repeat).requestId(), LEDGER, sequence, true, line));
    }

    static Stream<Arguments> conflictingRequests() {
        return Stream.of(
                Arguments.of("AppropriateFunds", appropriate("app-1", BASIC, "1000.01")),
                Arguments.of("MidYearAdjust", decrease("adj-1", BASIC, "100.00")),
                Arguments.of("RecordRevenue", revenue("rev-1", UNIT_FUNDS, "200.00", "R-2")),
                Arguments.of("SetThreePublicBudget", threePublicBudget("3p-1", ThreePublicCategory.OVERSEAS_TRAVEL, "500.00")),
                Arguments.of("RecordExpenditure", spend("exp-1", BASIC, OFFICE, "300.00", "V-1")),
                Arguments.of("ReverseExpenditure", reverse("rvs-1", "V-2")),
                Arguments.of("CloseYear under an expenditure's id", close("exp-2", LocalDate.of(2024, 3, 31), Disposition.RECOVER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conflictingRequests")
    void aRequestIdUsedBeforeForOtherContentIsAConflict(String name, Object conflicting) {
        givenAYearOfEntries()
                .when(conflicting)
                .expectException(rejectedWith(ErrorCode.REQUEST_ID_CONFLICT))
                .expectExceptionMessage("The request id " + ((LedgerCommand) conflicting).requestId()
                        + " was already used in ledger ZZJJ/2023 for a different request")
                .expectNoEvents();
    }

    @Test
    void theSameRequestSentByAnotherOperatorIsStillARepeat() {
        AppropriateFunds original = appropriate("app-1", BASIC, "1000.00");

        givenAYearOfEntries()
                .when(new AppropriateFunds(LEDGER, "app-1", "another-clerk", original.line(), original.amountFen(),
                        original.documentNo(), original.effectiveDate(), original.note()))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome("app-1", LEDGER, 2, true, BASIC_NOW));
    }

    @Test
    void aRequestRepeatedAfterTheCloseIsStillAnsweredAsARepeat() {
        givenAYearOfEntries()
                .andGivenCommands(close("close", LocalDate.of(2024, 3, 31), Disposition.CARRY_FORWARD))
                .when(spend("exp-2", BASIC, OFFICE, "50.00", "V-2"))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome("exp-2", LEDGER, 8, true,
                        Figures.of(BASIC).initial("1000.00").increases("100.00").spent("50.00").carriedOut("1050.00").build()));
    }

    @Test
    void theCloseRepeatedIsAnsweredAsARepeat() {
        givenAYearOfEntries()
                .andGivenCommands(close("close", LocalDate.of(2024, 3, 31), Disposition.CARRY_FORWARD))
                .when(close("close", LocalDate.of(2024, 3, 31), Disposition.CARRY_FORWARD))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandOutcome("close", LEDGER, 9, true, null));
    }
}
