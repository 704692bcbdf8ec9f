package org.budgetledger.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.LedgerApi.journalLine;
import static org.budgetledger.command.Requests.adjustment;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.closing;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.journalEntry;
import static org.budgetledger.command.Requests.openLedger;
import static org.budgetledger.command.Requests.revenue;
import static org.budgetledger.command.Requests.reversal;
import static org.budgetledger.command.Requests.threePublicBudget;
import static org.budgetledger.command.Requests.unitFundsLine;
import static org.budgetledger.command.Requests.with;

import java.util.List;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/journal: NDJSON, one command per line, applied in order, one result per line. */
class JournalHttpTest extends CommandSideHttpTest {

    @Test
    void everyCommandCanBeJournaled() {
        String unit = newUnit("JRNL");

        Answer answer = api.journal(String.join("\n",
                openLine(unit),
                journalLine(journalEntry("AppropriateFunds", unit, 2023, appropriation("j-2", generalBasicLine(), "1000.00"))),
                journalLine(journalEntry("MidYearAdjust", unit, 2023, adjustment("j-3", generalBasicLine(), "INCREASE", "200.00"))),
                journalLine(journalEntry("RecordRevenue", unit, 2023, revenue("j-4", unitFundsLine(), "50.00", "R-1"))),
                journalLine(journalEntry("SetThreePublicBudget", unit, 2023, threePublicBudget("j-5", "RECEPTION", "300.00"))),
                journalLine(journalEntry("RecordExpenditure", unit, 2023,
                        expenditure("j-6", generalBasicLine(), "30217", "250.00", "V-1"))),
                journalLine(journalEntry("ReverseExpenditure", unit, 2023, with(reversal("j-7"), "voucherNo", "V-1"))),
                journalLine(journalEntry("CloseYear", unit, 2023, closing("j-8", "2024-03-31", "CARRY_FORWARD")))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body().path("results").findValuesAsString("requestId"))
                .containsExactly("j-1", "j-2", "j-3", "j-4", "j-5", "j-6", "j-7", "j-8");
        assertThat(statuses(answer)).containsExactly(200, 200, 200, 200, 200, 200, 200, 200);
        assertThat(sequences(answer)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(answer.body().path("results").get(6).path("line").path("spent").asString()).isEqualTo("0.00");
        assertThat(answer.body().path("results").get(6).path("line").path("available").asString()).isEqualTo("1200.00");
        assertThat(summary(answer)).containsExactly(8, 0, 0);
        assertThat(events.count(unit + "/2023")).isEqualTo(8);
    }

    @Test
    void aRejectedOrMalformedLineDoesNotStopTheLinesAfterIt() {
        String unit = newUnit("JRNL");
        String journal = String.join("\n",
                openLine(unit),
                journalLine(journalEntry("AppropriateFunds", unit, 2023, appropriation("j-2", generalBasicLine(), "500.00"))),
                journalLine(journalEntry("RecordExpenditure", unit, 2023,
                        expenditure("j-3", generalBasicLine(), "30201", "600.00", "V-1"))),
                "{\"command\": \"RecordExpenditure\", \"unitCode\": ",
                "",
                journalLine(journalEntry("RecordExpenditure", unit, 2023,
                        expenditure("j-6", generalBasicLine(), "30201", "200.00", "V-2"))),
                journalLine(journalEntry("PayEverything", unit, 2023, reversal("j-7"))));

        Answer answer = api.journal(journal);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode results = answer.body().path("results");
        assertThat(indexes(answer)).containsExactly(1, 2, 3, 4, 6, 7);
        assertThat(statuses(answer)).containsExactly(200, 200, 422, 400, 200, 400);
        assertThat(results.get(2).path("code").asString()).isEqualTo("EXCEEDS_AVAILABLE");
        assertThat(results.get(2).path("type").asString()).isEqualTo("https://budget-ledger.org/problems/exceeds-available");
        assertThat(results.get(2).path("title").asString()).isEqualTo("Expenditure exceeds the available balance");
        assertThat(results.get(2).path("detail").asString()).contains("600.00").contains("500.00");
        assertThat(results.get(3).path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(results.get(3).path("errors").findValuesAsString("field")).containsExactly("line");
        assertThat(results.get(4).path("sequence").asLong()).isEqualTo(3);
        assertThat(results.get(4).path("line").path("available").asString()).isEqualTo("300.00");
        assertThat(results.get(5).path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(results.get(5).path("errors").findValuesAsString("field")).containsExactly("command");
        assertThat(summary(answer)).containsExactly(3, 0, 3);
        assertThat(events.count(unit + "/2023")).isEqualTo(3);
    }

    @Test
    void resendingACorrectedJournalAppliesOnlyWhatIsNew() {
        String unit = newUnit("JRNL");
        String tooLarge = journalLine(journalEntry("RecordExpenditure", unit, 2023,
                expenditure("j-3", generalBasicLine(), "30201", "600.00", "V-1")));
        String corrected = journalLine(journalEntry("RecordExpenditure", unit, 2023,
                expenditure("j-3", generalBasicLine(), "30201", "60.00", "V-1")));
        String head = String.join("\n", openLine(unit),
                journalLine(journalEntry("AppropriateFunds", unit, 2023, appropriation("j-2", generalBasicLine(), "500.00"))));
        String tail = journalLine(journalEntry("RecordExpenditure", unit, 2023,
                expenditure("j-4", generalBasicLine(), "30201", "200.00", "V-2")));
        Answer first = api.journal(String.join("\n", head, tooLarge, tail));
        assertThat(summary(first)).containsExactly(3, 0, 1);

        Answer second = api.journal(String.join("\n", head, corrected, tail) + "\n");

        assertThat(statuses(second)).containsExactly(200, 200, 200, 200);
        assertThat(second.body().path("results").findValuesAsString("duplicate")).containsExactly("true", "true", "false", "true");
        assertThat(sequences(second)).containsExactly(1L, 2L, 4L, 3L);
        assertThat(second.body().path("results").get(2).path("line").path("spent").asString()).isEqualTo("260.00");
        assertThat(summary(second)).containsExactly(1, 3, 0);
        assertThat(events.count(unit + "/2023")).isEqualTo(4);
    }

    /**
     * Lines of one ledger are committed in batches; within a batch each line is still judged on the
     * ledger as the lines before it left it: an overspending line in the middle is refused, a
     * repeated request id inside the batch is a duplicate, lines of another ledger interleave, and
     * everything comes back in line order.
     */
    @Test
    void batchedLinesAreEachJudgedInOrderAndAnsweredInLineOrder() {
        String unit = newUnit("JRNL");
        String other = newUnit("JRNL");
        List<String> lines = new java.util.ArrayList<>(List.of(openLine(unit),
                journalLine(with(openLedger("o-1", other, 2023), "command", "OpenLedger")),
                journalLine(journalEntry("AppropriateFunds", unit, 2023, appropriation("j-2", generalBasicLine(), "100.00")))));
        for (int i = 1; i <= 250; i++) {
            lines.add(journalLine(journalEntry("RecordExpenditure", unit, 2023,
                    expenditure("e-" + i, generalBasicLine(), "30201", i == 120 ? "99.00" : "0.10", "V-" + i))));
            if (i == 60) {
                lines.add(journalLine(journalEntry("AppropriateFunds", other, 2023, appropriation("o-2", generalBasicLine(), "5.00"))));
                lines.add(journalLine(journalEntry("RecordExpenditure", unit, 2023,
                        expenditure("e-" + i, generalBasicLine(), "30201", "0.10", "V-" + i))));
            }
        }

        Answer answer = api.journal(String.join("\n", lines));

        assertThat(indexes(answer)).hasSize(lines.size()).isSorted();
        List<Integer> statuses = statuses(answer);
        assertThat(statuses.stream().filter(status -> status != 200).toList()).as("only the 99.00 line overspends")
                .containsExactly(422);
        assertThat(answer.body().path("results").get(3 + 119 + 2).path("code").asString()).isEqualTo("EXCEEDS_AVAILABLE");
        assertThat(summary(answer)).containsExactly(3 + 249 + 1, 1, 1);
        assertThat(events.count(unit + "/2023", "ExpenditureRecorded")).isEqualTo(249);
        assertThat(events.sumOfAmountFen(unit + "/2023", "ExpenditureRecorded")).isEqualTo(249 * 10);
        assertThat(events.count(other + "/2023")).isEqualTo(2);
        assertThat(sequences(answer).subList(0, 3)).containsExactly(1L, 1L, 2L);
    }

    private static String openLine(String unit) {
        return journalLine(with(openLedger("j-1", unit, 2023), "command", "OpenLedger"));
    }

    private static List<Integer> indexes(Answer answer) {
        return answer.body().path("results").findValues("index").stream().map(JsonNode::asInt).toList();
    }

    private static List<Integer> statuses(Answer answer) {
        return answer.body().path("results").findValues("status").stream().map(JsonNode::asInt).toList();
    }

    private static List<Long> sequences(Answer answer) {
        return answer.body().path("results").findValues("sequence").stream().map(JsonNode::asLong).toList();
    }

    /** applied, duplicates, rejected */
    private static List<Integer> summary(Answer answer) {
        JsonNode summary = answer.body().path("summary");
        return List.of(summary.path("applied").asInt(), summary.path("duplicates").asInt(), summary.path("rejected").asInt());
    }
}
