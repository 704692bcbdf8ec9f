package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every entry carries the authenticated user who made it, and a journal is authorized line by
 * line: a clerk's journal has its budget lines refused and its expenditures applied.
 */
class SignedEntriesTest extends StandaloneTestSupport {

    @Test
    void theHistoryShowsTheUserWhoMadeEachEntry() {
        String unit = "SIGN-1";
        Http approver = TestUsers.ensure(http, "sign1-approver", unit + ":APPROVER");
        Http recorder = TestUsers.ensure(http, "sign1-recorder", unit + ":RECORDER");
        LedgerScenario asApprover = new LedgerScenario(approver, unit, 2023);
        asApprover.open("签名测试单位");
        asApprover.appropriate(LedgerScenario.basicLine("2040201"), "5000.00", "财〔2023〕8号", "2023-01-05");
        JsonNode spent = recorder.command(asApprover.ledgerPath() + "/expenditures", "{\"requestId\":\"sign1-e1\","
                + "\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},"
                + "\"economicCode\":\"30201\",\"amount\":\"120.00\",\"effectiveDate\":\"2023-02-01\",\"voucherNo\":\"SIGN-V1\"}");

        JsonNode history = recorder.getJson(asApprover.ledgerPath() + "/history?minSequence=" + spent.get("sequence").asLong());
        List<String> signed = new ArrayList<>();
        history.get("entries").forEach(entry -> signed.add(entry.get("type").asString() + " by " + entry.get("recordedBy").asString()));

        assertThat(signed).containsExactly("LedgerOpened by sign1-approver", "FundsAppropriated by sign1-approver",
                "ExpenditureRecorded by sign1-recorder");
    }

    @Test
    void aJournalOfAClerkHasItsBudgetLinesRefusedAndItsExpendituresApplied() {
        String unit = "SIGN-2";
        LedgerScenario asApprover = new LedgerScenario(TestUsers.ensure(http, "sign2-approver", unit + ":APPROVER"), unit, 2023);
        asApprover.open("日记账测试单位");
        asApprover.appropriate(LedgerScenario.basicLine("2040201"), "800.00", "财〔2023〕9号", "2023-01-05");
        Http clerk = TestUsers.ensure(http, "sign2-recorder", unit + ":RECORDER");
        String journal = String.join("\n",
                "{\"command\":\"AppropriateFunds\",\"unitCode\":\"" + unit + "\",\"fiscalYear\":2023,\"requestId\":\"j-a1\","
                        + "\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},"
                        + "\"amount\":\"100.00\",\"documentNo\":\"财〔2023〕10号\",\"effectiveDate\":\"2023-03-01\"}",
                "{\"command\":\"RecordExpenditure\",\"unitCode\":\"" + unit + "\",\"fiscalYear\":2023,\"requestId\":\"j-e1\","
                        + "\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},"
                        + "\"economicCode\":\"30201\",\"amount\":\"300.00\",\"effectiveDate\":\"2023-03-02\",\"voucherNo\":\"J-V1\"}",
                "{\"command\":\"RecordExpenditure\",\"unitCode\":\"SIGN-ELSEWHERE\",\"fiscalYear\":2023,\"requestId\":\"j-e2\","
                        + "\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},"
                        + "\"economicCode\":\"30201\",\"amount\":\"1.00\",\"effectiveDate\":\"2023-03-02\",\"voucherNo\":\"J-V2\"}");

        Http.Answer answer = clerk.post("/api/v1/journal", "application/x-ndjson", journal);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results.get(0).get("status").asInt()).isEqualTo(403);
        assertThat(results.get(0).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(200);
        assertThat(results.get(1).get("line").get("available").asString()).isEqualTo("500.00");
        assertThat(results.get(2).get("status").asInt()).isEqualTo(404);
        assertThat(results.get(2).get("code").asString()).isEqualTo("LEDGER_NOT_FOUND");
        assertThat(answer.json().get("summary").toString()).isEqualTo("{\"applied\":1,\"duplicates\":0,\"rejected\":2}");
        JsonNode history = clerk.getJson("/api/v1/ledgers/" + unit + "/2023/history?type=ExpenditureRecorded&minSequence="
                + results.get(1).get("sequence").asLong());
        assertThat(history.get("entries").get(0).get("recordedBy").asString()).isEqualTo("sign2-recorder");
    }
}
