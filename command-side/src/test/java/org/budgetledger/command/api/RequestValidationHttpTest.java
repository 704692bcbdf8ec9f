package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.budgetledger.command.Requests.adjustment;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.closing;
import static org.budgetledger.command.Requests.disposition;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.list;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.threePublicBudget;
import static org.budgetledger.command.Requests.with;
import static org.budgetledger.command.Requests.without;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * VALIDATION_FAILED: a request of the wrong shape is refused before it reaches the ledger, with
 * every bad field named in {@code errors}, and records nothing.
 */
class RequestValidationHttpTest extends CommandSideHttpTest {

    private String unit;
    private String ledger;

    @BeforeEach
    void openALedger() {
        unit = newUnit("VAL");
        ledger = unit + "/2023";
        open2023WithBasicBudget(unit, "1000.00");
    }

    static Stream<Arguments> badAmounts() {
        return Stream.of(
                Arguments.of("three decimals", "100.123", "must have at most 2 decimals"),
                Arguments.of("negative", "-5.00", "must not be negative"),
                Arguments.of("negative number", -5, "must not be negative"),
                Arguments.of("zero", "0.00", "must be greater than zero"),
                Arguments.of("not a number", "一百元", "must be an amount in yuan such as \"1234.50\""),
                Arguments.of("a boolean", true, "must be an amount in yuan such as \"1234.50\""),
                Arguments.of("empty", "", "is required"));
    }

    @ParameterizedTest(name = "an amount that is {0}")
    @MethodSource("badAmounts")
    void aBadAmountIsNamedWithWhatIsWrong(String name, Object amount, String message) {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures",
                with(expenditure("exp-1", generalBasicLine(), "30201", "1.00", "V-1"), "amount", amount)));

        assertThat(errors(answer)).containsExactly(tuple("amount", message));
        assertThat(answer.text("detail")).isEqualTo("amount " + message);
    }

    @Test
    void aRequestIdOfForbiddenCharactersIsNamed() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "appropriations",
                appropriation("app 1/追加", generalBasicLine(), "1.00")));

        assertThat(errors(answer)).containsExactly(tuple("requestId", "must be 1 to 64 characters of letters, digits and . _ : -"));
    }

    @Test
    void aRequestIdLongerThan64CharactersIsNamed() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "appropriations",
                appropriation("r".repeat(65), generalBasicLine(), "1.00")));

        assertThat(fields(answer)).containsExactly("requestId");
    }

    @Test
    void aMissingFieldIsNamedAsRequired() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "appropriations",
                without(appropriation("app-1", generalBasicLine(), "1.00"), "documentNo")));

        assertThat(errors(answer)).containsExactly(tuple("documentNo", "is required"));
    }

    @Test
    void aMissingRequestIdIsNamedAsRequired() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures",
                without(expenditure("exp-1", generalBasicLine(), "30201", "1.00", "V-1"), "requestId")));

        assertThat(errors(answer)).containsExactly(tuple("requestId", "is required"));
    }

    @Test
    void everyBadFieldOfARequestIsNamedAtOnce() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures", map(
                "requestId", "exp 1", "line", map("fund", "CASH", "functionCode", "20402", "nature", "BASIC"),
                "economicCode", "3020", "amount", "1.234", "effectiveDate", "2023-13-01")));

        assertThat(fields(answer)).containsExactlyInAnyOrder("requestId", "line.fund", "line.functionCode", "economicCode",
                "amount", "effectiveDate", "voucherNo");
        assertThat(answer.text("detail")).isEqualTo("7 fields are not valid");
    }

    @Test
    void anUnknownDirectionListsTheChoices() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "adjustments",
                adjustment("adj-1", generalBasicLine(), "UP", "1.00")));

        assertThat(errors(answer)).containsExactly(tuple("direction", "must be one of INCREASE, DECREASE"));
    }

    @Test
    void aLineOfTheWrongShapeNamesItsBadParts() {
        Answer basicWithProject = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "appropriations",
                appropriation("app-1", with(generalBasicLine(), "projectCode", "P01"), "1.00")));
        Answer projectWithoutCode = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023,
                "appropriations", appropriation("app-1", with(generalBasicLine(), "nature", "PROJECT"), "1.00")));
        Answer notAnObject = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "appropriations",
                with(appropriation("app-1", generalBasicLine(), "1.00"), "line", "GENERAL_BUDGET/2040201/BASIC")));

        assertThat(fields(basicWithProject)).containsExactly("line.projectCode");
        assertThat(fields(projectWithoutCode)).containsExactly("line.projectCode");
        assertThat(fields(notAnObject)).containsExactly("line");
    }

    @Test
    void anEconomicCodeThatIsNotFiveDigitsIsNamed() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "302", "1.00", "V-1")));

        assertThat(fields(answer)).containsExactly("economicCode");
    }

    @Test
    void negativeStatisticsAreNamed() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures", with(
                expenditure("exp-1", generalBasicLine(), "30201", "1.00", "V-1"), "statistics", map("receptionGuests", -1))));

        assertThat(fields(answer)).containsExactly("statistics.receptionGuests");
    }

    @Test
    void aNegativeControlBudgetIsNamed() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "three-public-budgets",
                threePublicBudget("3p-1", "RECEPTION", "-1.00")));

        assertThat(errors(answer)).containsExactly(tuple("amount", "must not be negative"));
    }

    @Test
    void aBadDispositionOfTheCloseIsNamedByItsPosition() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "closing", with(
                closing("close", "2024-03-31", "CARRY_FORWARD"), "dispositions",
                list(disposition(generalBasicLine(), "CARRY_FORWARD"), disposition(generalBasicLine(), "KEEP")))));

        assertThat(fields(answer)).containsExactly("dispositions[1].disposition");
    }

    @Test
    void aBodyThatIsNotJsonIsAValidationErrorOfTheBody() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.postRaw("/ledgers/" + unit + "/2023/expenditures",
                "application/json", "{\"requestId\": \"exp-1\", \"amount\": "));

        assertThat(fields(answer)).containsExactly("body");
    }

    @Test
    void aMissingBodyIsAValidationErrorOfTheBody() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.postRaw("/ledgers/" + unit + "/2023/appropriations",
                "application/json", ""));

        assertThat(fields(answer)).containsExactly("body");
    }

    @Test
    void aBodyThatIsNotAnObjectIsAValidationErrorOfTheBody() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.postRaw("/ledgers/" + unit + "/2023/expenditures",
                "application/json", "[1, 2, 3]"));

        assertThat(fields(answer)).containsExactly("body");
    }

    private static List<String> fields(Answer answer) {
        return answer.body().path("errors").findValuesAsString("field");
    }

    private static List<Tuple> errors(Answer answer) {
        List<Tuple> errors = new ArrayList<>();
        for (JsonNode error : answer.body().path("errors")) {
            errors.add(tuple(error.path("field").asString(), error.path("message").asString()));
        }
        return errors;
    }

    @Test
    void receptionStatisticsOnAnotherEconomicCodeAreNamed() {
        Answer answer = refused(ledger, ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures",
                with(expenditure("exp-1", generalBasicLine(), "30201", "1.00", "V-1"), "statistics",
                        map("receptionBatches", 2, "receptionGuests", 9, "vehiclesPurchased", 1))));

        assertThat(fields(answer)).containsExactlyInAnyOrder("statistics.receptionBatches", "statistics.vehiclesPurchased");
    }
}
