package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.map;
import static org.budgetledger.command.Requests.with;

import java.util.Map;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;

/** Procurement, control budgets and statements over HTTP: what a request must say, and idempotency. */
class PublicationFactsHttpTest extends CommandSideHttpTest {

    private static Map<String, Object> controlBudget(String requestId, String category, String amount) {
        return map("requestId", requestId, "category", category, "amount", amount, "documentNo", "株财预〔2023〕1号",
                "effectiveDate", "2023-01-10");
    }

    private static Map<String, Object> statement(String requestId, String kind, Map<String, Object> figures) {
        return map("requestId", requestId, "kind", kind, "figures", figures, "effectiveDate", "2023-12-31");
    }

    @Test
    void procurementNeedsBothItsMethodAndItsSupplierSize() {
        String unit = newUnit("PROC");
        open2023WithBasicBudget(unit, "500.00");

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures",
                with(expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1"), "procurement", map("method", "GOODS"))));
        assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactly("procurement.supplierSize");

        Answer wrong = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "expenditures",
                with(expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1"), "procurement",
                        map("method", "CARS", "supplierSize", "TINY"))));
        assertThat(wrong.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("procurement.method", "procurement.supplierSize");

        accepted(api.command(unit, 2023, "expenditures", with(expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1"),
                "procurement", map("method", "GOODS", "supplierSize", "MEDIUM"))));
    }

    @Test
    void aRepeatedProcuredExpenditureIsADuplicateAndOtherProcurementAConflict() {
        String unit = newUnit("PROC");
        open2023WithBasicBudget(unit, "500.00");
        Map<String, Object> body = with(expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1"), "procurement",
                map("method", "SERVICES", "supplierSize", "SMALL_MICRO"));
        Answer first = accepted(api.command(unit, 2023, "expenditures", body));

        Answer again = accepted(api.command(unit, 2023, "expenditures", body));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.sequence()).isEqualTo(first.sequence());
        refused(unit + "/2023", ErrorCode.REQUEST_ID_CONFLICT, () -> api.command(unit, 2023, "expenditures",
                with(expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1"), "procurement",
                        map("method", "SERVICES", "supplierSize", "LARGE"))));
        refused(unit + "/2023", ErrorCode.REQUEST_ID_CONFLICT, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-1", generalBasicLine(), "30201", "10.00", "V-1")));
    }

    @Test
    void meetingSpendingBeyondItsBudgetIsControlBudgetExceeded() {
        String unit = newUnit("CB");
        open2023WithBasicBudget(unit, "5000.00");
        Answer set = accepted(api.command(unit, 2023, "control-budgets", controlBudget("cb-1", "MEETING", "300.00")));
        assertThat(accepted(api.command(unit, 2023, "control-budgets", controlBudget("cb-1", "MEETING", "300"))).duplicate())
                .isTrue();
        assertThat(set.sequence()).isEqualTo(3);

        Answer answer = refused(unit + "/2023", ErrorCode.CONTROL_BUDGET_EXCEEDED, () -> api.command(unit, 2023,
                "expenditures", expenditure("exp-1", generalBasicLine(), "30215", "300.01", "V-1")));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.text("detail")).contains("会议费").contains("300.00");
        refused(unit + "/2023", ErrorCode.REQUEST_ID_CONFLICT, () -> api.command(unit, 2023, "control-budgets",
                controlBudget("cb-1", "MEETING", "301.00")));
    }

    @Test
    void aControlBudgetNeedsAKnownCategoryAndAnAmount() {
        String unit = newUnit("CB");
        open2023(unit);

        Answer answer = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "control-budgets",
                map("requestId", "cb-1", "category", "TRAVEL", "amount", "1.234", "effectiveDate", "2023-01-10")));

        assertThat(answer.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("category", "amount", "documentNo");
    }

    @Test
    void aStatementStoresCountsAndAmountsAsTheirKindWants() {
        String unit = newUnit("ST");
        open2023(unit);

        accepted(api.command(unit, 2023, "statements", statement("st-1", "ASSETS",
                map("EMERGENCY", 1, "LAW_ENFORCEMENT", "124", "OTHER", 0))));
        accepted(api.command(unit, 2023, "statements", statement("st-2", "PRIOR_YEAR",
                map("TOTAL", "249684900", "RECEPTION", 17700.5))));
        assertThat(accepted(api.command(unit, 2023, "statements", statement("st-2", "PRIOR_YEAR",
                map("RECEPTION", "17700.50", "TOTAL", "249684900.00")))).duplicate())
                .as("the same figures written otherwise are the same request").isTrue();

        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", String.class, unit + "/2023")).last().asString().endsWith("StatementRecorded");
        String stored = new String(jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number DESC LIMIT 1", byte[].class, unit + "/2023"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(stored).contains("\"RECEPTION\":\"17700.50\"").contains("\"TOTAL\":\"249684900.00\"");
    }

    @Test
    void aStatementWithUnknownNamesOrBadValuesIsRefusedFieldByField() {
        String unit = newUnit("ST");
        open2023(unit);

        Answer assets = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "statements",
                statement("st-1", "ASSETS", map("EMERGENCY", -1, "OTHER", "2.5", "BICYCLES", 3, "LAW_ENFORCEMENT", "12"))));
        assertThat(assets.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("figures.EMERGENCY", "figures.OTHER", "figures.BICYCLES");

        Answer prior = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "statements",
                statement("st-2", "PRIOR_YEAR", map("TOTAL", "1.001", "RECEPTION", "-3", "EMERGENCY", "1"))));
        assertThat(prior.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("figures.TOTAL", "figures.RECEPTION", "figures.EMERGENCY");

        Answer empty = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "statements",
                statement("st-3", "ASSETS", map())));
        assertThat(empty.body().path("errors").findValuesAsString("field")).containsExactly("figures");
        Answer notAnObject = refused(unit + "/2023", ErrorCode.VALIDATION_FAILED, () -> api.command(unit, 2023, "statements",
                map("requestId", "st-4", "kind", "ASSETS", "figures", "many", "effectiveDate", "2023-12-31")));
        assertThat(notAnObject.body().path("errors").findValuesAsString("field")).containsExactly("figures");
    }
}
