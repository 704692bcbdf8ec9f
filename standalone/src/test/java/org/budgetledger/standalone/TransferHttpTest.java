package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A transfer (调剂) through the whole application: both lines' budget and available change, their
 * initial budget does not, the history shows the entry on both lines, project execution shows
 * it in its own columns, and every consistency check still passes.
 */
class TransferHttpTest extends StandaloneTestSupport {

    private static final Map<String, Object> FROM = LedgerScenario.projectLine("2040202", "TR-P1", "标志标线维护");
    private static final Map<String, Object> TO = LedgerScenario.projectLine("2040219", "TR-P2", "指挥平台升级");

    @Test
    void aTransferMovesBudgetBetweenTwoProjectLinesAndEveryTableStillAgrees() {
        LedgerScenario ledger = new LedgerScenario(http, "TRANSFER", 2023);
        ledger.open("调剂测试单位");
        ledger.appropriate(LedgerScenario.basicLine("2040201"), "800000.00", "预-1", "2023-01-10");
        ledger.appropriate(FROM, "1000000.00", "预-2", "2023-01-10");
        ledger.appropriate(TO, "500000.00", "预-3", "2023-01-10");
        ledger.spend(FROM, "30213", "200000.00", "TR-1", "2023-03-01");

        JsonNode transferred = ledger.transfer(FROM, TO, "300000.00", "项目调剂", "调-1", "2023-06-01");
        long sequence = transferred.get("sequence").asLong();
        ledger.spend(TO, "31007", "700000.00", "TR-2", "2023-07-01");

        JsonNode lines = http.getJson(ledger.ledgerPath() + "/lines?minSequence=" + ledger.sequence);
        JsonNode from = QueryHttpTest.line(lines, "2040202", "PROJECT", "TR-P1");
        assertThat(from.get("initial").asString()).isEqualTo("1000000.00");
        assertThat(from.get("transfersOut").asString()).isEqualTo("300000.00");
        assertThat(from.get("transfersIn").asString()).isEqualTo("0.00");
        assertThat(from.get("budget").asString()).isEqualTo("700000.00");
        assertThat(from.get("available").asString()).isEqualTo("500000.00");
        JsonNode to = QueryHttpTest.line(lines, "2040219", "PROJECT", "TR-P2");
        assertThat(to.get("initial").asString()).isEqualTo("500000.00");
        assertThat(to.get("transfersIn").asString()).isEqualTo("300000.00");
        assertThat(to.get("budget").asString()).isEqualTo("800000.00");
        assertThat(to.get("available").asString()).isEqualTo("100000.00");

        List<String> entries = new ArrayList<>();
        http.getJson(ledger.ledgerPath() + "/history?type=BudgetTransferred").get("entries").forEach(entry -> {
            assertThat(entry.get("sequence").asLong()).isEqualTo(sequence);
            entries.add(entry.get("movement").asString() + " " + entry.get("line").get("projectCode").asString() + " "
                    + entry.get("amount").asString() + " budget " + entry.get("budget").asString() + " available "
                    + entry.get("available").asString());
        });
        assertThat(entries).containsExactlyInAnyOrder(
                "TRANSFER_OUT TR-P1 300000.00 budget 700000.00 available 500000.00",
                "TRANSFER_IN TR-P2 300000.00 budget 800000.00 available 800000.00");

        ReportTable execution = ReportTable.fetch(http, ledger.ledgerPath(), "project-execution", "minSequence=" + ledger.sequence);
        assertThat(execution.cell("TR-P1", "transfersOut")).isEqualTo("30.00");
        assertThat(execution.cell("TR-P1", "initial")).isEqualTo("100.00");
        assertThat(execution.cell("TR-P1", "budget")).isEqualTo("70.00");
        assertThat(execution.cell("TR-P2", "transfersIn")).isEqualTo("30.00");
        assertThat(execution.cell("TR-P2", "budget")).isEqualTo("80.00");
        ReportTable functions = ReportTable.fetch(http, ledger.ledgerPath(), "function-execution", "minSequence=" + ledger.sequence);
        assertThat(functions.cell("2040202", "budget")).isEqualTo("70.00");
        assertThat(functions.cell("2040219", "budget")).isEqualTo("80.00");
        assertLedgerConsistent(ledger.unit, ledger.year);
    }
}
