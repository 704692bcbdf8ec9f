package org.budgetledger.query.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.query.entries.EntryRowBuilder.BASIC;
import static org.budgetledger.query.entries.EntryRowBuilder.PROJECT;
import static org.budgetledger.query.entries.EntryRowBuilder.UNIT_FUNDS;
import static org.budgetledger.query.entries.EntryRowBuilder.row;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budgetledger.line.Movement;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerHistory#folded}: entries in order with their line's budget and available balance
 * right after each, over rows given by hand instead of read from the database. It is the
 * reference the history's SQL is held to (the standalone {@code HistoryEquivalenceTest}).
 */
class LedgerHistoryTest {

    private static final LedgerHistory.Filter EVERYTHING = filter(null, null, null, null, null, null, null, null);

    @Test
    void eachEntryShowsItsOwnLinesRunningBudgetAndAvailable() {
        List<Map<String, Object>> entries = history(EVERYTHING,
                row(1, Movement.OPENED).on("2023-01-01"),
                row(2, Movement.INITIAL).line(BASIC).fen(10_000_000),
                row(3, Movement.INITIAL).line(PROJECT).fen(5_000_000),
                row(4, Movement.SPEND).line(BASIC).fen(1_200_000).economic("30201").voucher("V-1"),
                row(5, Movement.DECREASE).line(PROJECT).fen(1_000_000),
                row(6, Movement.SPEND).line(PROJECT).fen(1_500_000).economic("30213").voucher("V-2"),
                row(7, Movement.REVERSAL).line(BASIC).fen(1_200_000).economic("30201").voucher("V-1"),
                row(8, Movement.INCREASE).line(BASIC).fen(500_000));

        assertThat(figures(entries)).containsExactly("-", "100000.00/100000.00", "50000.00/50000.00",
                "100000.00/88000.00", "40000.00/40000.00", "40000.00/25000.00", "100000.00/100000.00",
                "105000.00/105000.00");
    }

    @Test
    void broughtInBalancesAndRevenueRaiseWhatIsAvailableButNotTheBudget() {
        List<Map<String, Object>> entries = history(EVERYTHING,
                row(1, Movement.CARRY_IN).line(PROJECT).fen(300_000).kind("PROJECT_CARRY_OVER"),
                row(2, Movement.INITIAL).line(PROJECT).fen(1_000_000),
                row(3, Movement.REVENUE).line(UNIT_FUNDS).fen(250_000).revenueType("BUSINESS"),
                row(4, Movement.SPEND).line(UNIT_FUNDS).fen(50_000).economic("30201"));

        assertThat(figures(entries)).containsExactly("0.00/3000.00", "10000.00/13000.00", "0.00/2500.00",
                "0.00/2000.00");
    }

    @Test
    void theCloseLeavesNothingAvailable() {
        List<Map<String, Object>> entries = history(EVERYTHING,
                row(2, Movement.INITIAL).line(BASIC).fen(100_000),
                row(3, Movement.INITIAL).line(PROJECT).fen(100_000),
                row(4, Movement.SPEND).line(PROJECT).fen(40_000).economic("30213"),
                row(5, Movement.REVENUE).line(UNIT_FUNDS).fen(100_000).revenueType("OTHER"),
                row(6, Movement.RECOVER).line(BASIC).fen(100_000).on("2024-01-31"),
                row(6, Movement.SURPLUS).line(PROJECT).fen(60_000).kind("PROJECT_SURPLUS").on("2024-01-31"),
                row(6, Movement.CARRY_OUT).line(UNIT_FUNDS).fen(100_000).kind("BASIC_CARRY_OVER").on("2024-01-31"),
                row(6, Movement.CLOSED).on("2024-01-31"));

        assertThat(figures(entries)).containsExactly("1000.00/1000.00", "1000.00/1000.00", "1000.00/600.00",
                "0.00/1000.00", "1000.00/0.00", "1000.00/0.00", "0.00/0.00", "-");
    }

    @Test
    void entriesWithoutALineCarryNoLineAndNoFigures() {
        List<Map<String, Object>> entries = history(EVERYTHING,
                row(1, Movement.OPENED).on("2023-01-01"),
                row(2, Movement.THREE_PUBLIC_BUDGET).category("RECEPTION").fen(10_000_000).document("株财预〔2023〕12号"));

        assertThat(entries).allSatisfy(entry -> assertThat(entry).doesNotContainKeys("line", "budget", "available"));
        assertThat(entries.get(1)).containsEntry("category", "RECEPTION").containsEntry("amount", "100000.00")
                .containsEntry("documentNo", "株财预〔2023〕12号").containsEntry("type", "ThreePublicBudgetSet");
    }

    @Test
    void anEntryCarriesItsAuditFields() {
        Map<String, Object> entry = history(EVERYTHING,
                row(4, Movement.SPEND).line(PROJECT).fen(123_456).economic("30217").voucher("记-2023-0001")
                        .reason("接待上级检查组").on("2023-05-06").recordedAt("2023-05-08T02:03:04.123456Z")
                        .statistics(1, 8, 0)).get(0);

        assertThat(entry).containsEntry("sequence", 4L).containsEntry("type", "ExpenditureRecorded")
                .containsEntry("movement", "SPEND").containsEntry("effectiveDate", "2023-05-06")
                .containsEntry("recordedAt", "2023-05-08T02:03:04.123456Z").containsEntry("recordedBy", "finance-office")
                .containsEntry("voucherNo", "记-2023-0001").containsEntry("reason", "接待上级检查组")
                .containsEntry("economicCode", "30217").containsEntry("amount", "1234.56")
                .containsEntry("statistics", Map.of("receptionBatches", 1, "receptionGuests", 8, "vehiclesPurchased", 0));
        assertThat(entry.get("line")).isEqualTo(Map.of("fund", "GENERAL_BUDGET", "functionCode", "2040202",
                "nature", "PROJECT", "projectCode", "P01", "projectName", "交通标志标线维护"));
        assertThat(entry).doesNotContainKey("documentNo");
    }

    @Test
    void lineFieldsAndProjectCodeSelectTheEntriesOfALine() {
        EntryRowBuilder[] rows = {
                row(1, Movement.OPENED).on("2023-01-01"),
                row(2, Movement.INITIAL).line(BASIC).fen(100),
                row(3, Movement.INITIAL).line(PROJECT).fen(100),
                row(4, Movement.REVENUE).line(UNIT_FUNDS).fen(100).revenueType("OTHER")};

        assertThat(sequences(filter("GENERAL_BUDGET", null, null, null, null, null, null, null), rows)).containsExactly(2L, 3L);
        assertThat(sequences(filter(null, "2040201", null, null, null, null, null, null), rows)).containsExactly(2L, 4L);
        assertThat(sequences(filter(null, null, "PROJECT", null, null, null, null, null), rows)).containsExactly(3L);
        assertThat(sequences(filter(null, null, null, "P01", null, null, null, null), rows)).containsExactly(3L);
        assertThat(sequences(filter("UNIT_FUNDS", "2040201", "BASIC", null, null, null, null, null), rows))
                .containsExactly(4L);
    }

    @Test
    void documentNoMatchesADocumentOrAVoucher() {
        EntryRowBuilder[] rows = {
                row(2, Movement.INITIAL).line(BASIC).fen(100_000).document("株财预〔2023〕12号"),
                row(3, Movement.SPEND).line(BASIC).fen(100).economic("30201").voucher("记-2023-0001"),
                row(4, Movement.REVERSAL).line(BASIC).fen(100).economic("30201").voucher("记-2023-0001")};

        assertThat(sequences(filter(null, null, null, null, "株财预〔2023〕12号", null, null, null), rows)).containsExactly(2L);
        assertThat(sequences(filter(null, null, null, null, "记-2023-0001", null, null, null), rows)).containsExactly(3L, 4L);
    }

    @Test
    void typeMatchesTheEntryTypeOrTheMovement() {
        EntryRowBuilder[] rows = {
                row(2, Movement.INITIAL).line(BASIC).fen(100_000),
                row(3, Movement.INCREASE).line(BASIC).fen(100),
                row(4, Movement.DECREASE).line(BASIC).fen(100)};

        assertThat(sequences(filter(null, null, null, null, null, "BudgetAdjusted", null, null), rows)).containsExactly(3L, 4L);
        assertThat(sequences(filter(null, null, null, null, null, "DECREASE", null, null), rows)).containsExactly(4L);
    }

    @Test
    void fromAndToSelectEffectiveDatesInclusivelyWithoutChangingTheRunningFigures() {
        List<Map<String, Object>> entries = history(
                filter(null, null, null, null, null, null, LocalDate.parse("2023-03-01"), LocalDate.parse("2023-03-31")),
                row(2, Movement.INITIAL).line(BASIC).fen(1_000_000).on("2023-01-06"),
                row(3, Movement.SPEND).line(BASIC).fen(100_000).economic("30201").on("2023-02-28"),
                row(4, Movement.SPEND).line(BASIC).fen(200_000).economic("30201").on("2023-03-01"),
                row(5, Movement.SPEND).line(BASIC).fen(300_000).economic("30201").on("2023-03-31"),
                row(6, Movement.SPEND).line(BASIC).fen(50_000).economic("30201").on("2023-04-01"));

        assertThat(entries).extracting(entry -> entry.get("sequence")).containsExactly(4L, 5L);
        assertThat(figures(entries)).containsExactly("10000.00/7000.00", "10000.00/4000.00");
    }

    private static LedgerHistory.Filter filter(String fund, String functionCode, String nature, String projectCode,
            String documentNo, String type, LocalDate from, LocalDate to) {
        return new LedgerHistory.Filter(fund, functionCode, nature, projectCode, documentNo, type, from, to);
    }

    private static List<Map<String, Object>> history(LedgerHistory.Filter filter, EntryRowBuilder... rows) {
        List<EntryRow> entries = Arrays.stream(rows).map(EntryRowBuilder::build).toList();
        return LedgerHistory.folded(entries, filter).stream().map(LedgerHistoryTest::asJson).toList();
    }

    /** An entry as a client reads it: its JSON object, with the sequence as a long. */
    private static Map<String, Object> asJson(HistoryEntry entry) {
        Map<String, Object> json = JSON.convertValue(entry, new TypeReference<LinkedHashMap<String, Object>>() { });
        json.put("sequence", ((Number) json.get("sequence")).longValue());
        return json;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<Long> sequences(LedgerHistory.Filter filter, EntryRowBuilder... rows) {
        return history(filter, rows).stream().map(entry -> (Long) entry.get("sequence")).toList();
    }

    /** "budget/available" of each entry, "-" where the entry has no line. */
    private static List<String> figures(List<Map<String, Object>> entries) {
        return entries.stream().map(entry -> entry.containsKey("budget")
                ? entry.get("budget") + "/" + entry.get("available") : "-").toList();
    }
}
