package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The three places that add a line's movements up agree after every entry: the ledger aggregate
 * (the line a command answers with), the query side's position ({@code GET …/lines}) and the
 * audit history (the budget and available balance after the line's latest entry). Every movement
 * that touches a line occurs, the close with each disposition.
 */
class MovementAgreementTest extends StandaloneTestSupport {

    private static final Map<String, Object> BASIC = LedgerScenario.basicLine("2040201");
    private static final Map<String, Object> PROJECT = LedgerScenario.projectLine("2040202", "AG-P1", "标志标线维护");
    private static final Map<String, Object> RECOVERED = LedgerScenario.projectLine("2040299", "AG-P2", "设备购置");
    private static final Map<String, Object> UNIT_FUNDS = LedgerScenario.unitFundsLine("2040201", "BASIC", null, null);

    @Test
    void theAggregateThePositionAndTheHistoryAgreeOnEveryLineAfterEveryEntry() {
        LedgerScenario ledger = new LedgerScenario(http, "AGREE", 2023);
        Map<String, String> firstRequestOfLine = new LinkedHashMap<>();

        ledger.open("一致性测试单位", List.of(LedgerScenario.openingBalance(BASIC, "5000.00", "BASIC_CARRY_OVER"),
                LedgerScenario.openingBalance(PROJECT, "300.00", "PROJECT_CARRY_OVER")));
        agree(ledger, firstRequestOfLine, ledger.appropriate(BASIC, "100.00", "预-1", "2023-01-10"));
        agree(ledger, firstRequestOfLine, ledger.adjust(BASIC, "INCREASE", "20.00", "年中追加", "调-1", "2023-03-01"));
        agree(ledger, firstRequestOfLine, ledger.adjust(BASIC, "DECREASE", "5.00", "年中压减", "调-2", "2023-04-01"));
        agree(ledger, firstRequestOfLine, ledger.spend(BASIC, "30201", "30.00", "AG-1", "2023-05-01"));
        JsonNode reversed = ledger.reverse("AG-1", "重复报销", "2023-05-02");
        agree(ledger, firstRequestOfLine, reversed);
        assertThat(reversed.get("line").get("budget").asString()).isEqualTo("115.00");
        assertThat(reversed.get("line").get("available").asString()).isEqualTo("5115.00");

        agree(ledger, firstRequestOfLine, ledger.appropriate(PROJECT, "200.00", "预-2", "2023-01-10"));
        agree(ledger, firstRequestOfLine, ledger.spend(PROJECT, "30213", "50.00", "AG-2", "2023-06-01"));
        agree(ledger, firstRequestOfLine, ledger.appropriate(RECOVERED, "80.00", "预-3", "2023-01-10"));
        agree(ledger, firstRequestOfLine, ledger.receive(UNIT_FUNDS, "OTHER", "80.00", "收-1", "2023-02-01"));
        agree(ledger, firstRequestOfLine, ledger.spend(UNIT_FUNDS, "30201", "10.00", "AG-3", "2023-06-02"));
        ledger.threePublicBudget("RECEPTION", "100.00", "预-4", "2023-01-15");

        ledger.close("2024-01-31", "CARRY_FORWARD", List.of(LedgerScenario.disposition(PROJECT, "SURPLUS"),
                LedgerScenario.disposition(RECOVERED, "RECOVER")));
        Map<String, JsonNode> closed = new LinkedHashMap<>();
        for (Map.Entry<String, String> line : firstRequestOfLine.entrySet()) {
            JsonNode repeat = ledger.resend(line.getValue());
            assertThat(repeat.get("duplicate").asBoolean()).isTrue();
            closed.put(line.getKey(), repeat.get("line"));
            agree(ledger, repeat.get("line"));
        }
        assertThat(closed.values()).allSatisfy(line -> assertThat(line.get("available").asString()).isEqualTo("0.00"));
        assertThat(closed.get("GENERAL_BUDGET/2040201/BASIC").get("carriedOut").asString()).isEqualTo("5115.00");
        assertThat(closed.get("GENERAL_BUDGET/2040202/PROJECT/AG-P1").get("surplus").asString()).isEqualTo("450.00");
        assertThat(closed.get("GENERAL_BUDGET/2040299/PROJECT/AG-P2").get("recovered").asString()).isEqualTo("80.00");
        assertThat(closed.get("UNIT_FUNDS/2040201/BASIC").get("carriedOut").asString()).isEqualTo("70.00");
        assertLedgerConsistent(ledger.unit, ledger.year);
    }

    private void agree(LedgerScenario ledger, Map<String, String> firstRequestOfLine, JsonNode answer) {
        firstRequestOfLine.putIfAbsent(key(answer.get("line").get("line")), answer.get("requestId").asString());
        agree(ledger, answer.get("line"));
    }

    /** The line as the aggregate answered it, against the position and the history of the read side. */
    private void agree(LedgerScenario ledger, JsonNode aggregate) {
        String key = key(aggregate.get("line"));
        awaitReadSide(ledger);
        JsonNode position = null;
        for (JsonNode line : http.getJson(ledger.ledgerPath() + "/lines?minSequence=" + ledger.sequence).get("lines")) {
            if (key(line.get("line")).equals(key)) {
                position = line;
            }
        }
        assertThat(position).as("the position of %s", key).isEqualTo(aggregate);

        List<JsonNode> entries = new ArrayList<>();
        http.getJson(ledger.ledgerPath() + "/history?minSequence=" + ledger.sequence).get("entries").forEach(entry -> {
            if (entry.has("line") && key(entry.get("line")).equals(key)) {
                entries.add(entry);
            }
        });
        JsonNode latest = entries.get(entries.size() - 1);
        assertThat(latest.get("budget").asString() + " / " + latest.get("available").asString())
                .as("budget / available of %s after its latest entry in the history", key)
                .isEqualTo(aggregate.get("budget").asString() + " / " + aggregate.get("available").asString());
    }

    private static String key(JsonNode line) {
        return line.get("fund").asString() + "/" + line.get("functionCode").asString() + "/" + line.get("nature").asString()
                + (line.has("projectCode") ? "/" + line.get("projectCode").asString() : "");
    }
}
