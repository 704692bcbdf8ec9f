package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.Fund;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds the published 2023 final accounts of 株洲市公安局交通警察支队 (reference/zhuzhou-traffic-police-2023)
 * from a ledger position and compares the tables cell by cell. The publication prints 万元; the
 * position holds yuan amounts behind them, chosen as the README's quirk 1 explains: three 301
 * items are 40 yuan above their printed value and three 310 items 40 yuan below, so each item
 * still prints as published while 301 prints 10122.89 (its items add to 10122.88) and 310 prints
 * 327.17 (its items add to 327.18).
 */
class ZhuzhouReferenceTest {

    /** Table 03 as published: code, total, basic, project. */
    private static final String TABLE_03 = """
            TOTAL,22131.98,14190.63,7941.35
            204,18615.32,10736.14,7879.18
            20402,18615.32,10736.14,7879.18
            2040201,9413.22,9413.22,0.00
            2040202,625.00,0.00,625.00
            2040219,480.97,0.00,480.97
            2040220,2356.31,1312.92,1043.39
            2040299,5739.82,10.00,5729.82
            208,1836.63,1836.63,0.00
            20805,1743.24,1743.24,0.00
            2080501,408.06,408.06,0.00
            2080505,889.31,889.31,0.00
            2080506,445.87,445.87,0.00
            20808,93.39,93.39,0.00
            2080801,90.39,90.39,0.00
            2080802,3.00,3.00,0.00
            210,876.96,876.96,0.00
            21001,491.76,491.76,0.00
            2100199,491.76,491.76,0.00
            21011,385.20,385.20,0.00
            2101101,385.20,385.20,0.00
            212,62.17,0.00,62.17
            21205,62.17,0.00,62.17
            2120501,62.17,0.00,62.17
            221,740.90,740.90,0.00
            22102,740.90,740.90,0.00
            2210201,740.90,740.90,0.00
            """;

    /** Table 06 as published (人员经费合计 printed blank there; it is 301 + 303). */
    private static final String TABLE_06 = """
            301,10122.89
            30101,2303.77
            30102,2012.99
            30103,2102.62
            30106,0.00
            30107,0.00
            30108,889.31
            30109,445.87
            30110,381.66
            30111,0.00
            30112,368.12
            30113,740.90
            30114,8.37
            30199,869.27
            303,715.82
            30301,0.00
            30302,441.57
            30303,0.00
            30304,93.39
            30305,3.46
            30306,0.00
            30307,143.80
            30308,0.00
            30309,29.26
            30310,0.00
            30311,0.00
            30399,4.34
            302,3024.75
            30201,83.90
            30202,0.00
            30203,0.00
            30204,0.00
            30205,28.23
            30206,251.60
            30207,19.16
            30208,0.00
            30209,278.47
            30211,20.14
            30212,0.00
            30213,94.13
            30214,0.00
            30215,0.82
            30216,0.04
            30217,2.69
            30218,481.45
            30224,0.00
            30225,0.00
            30226,50.16
            30227,116.00
            30228,89.85
            30229,137.38
            30231,317.64
            30239,332.26
            30240,0.00
            30299,720.83
            307,0.00
            30701,0.00
            30702,0.00
            310,327.17
            31001,0.00
            31002,49.92
            31003,87.74
            31005,0.00
            31006,0.00
            31007,30.86
            31008,0.00
            31009,0.00
            31010,0.00
            31011,0.00
            31012,0.00
            31013,89.90
            31019,59.59
            31021,0.00
            31022,0.00
            31099,9.17
            399,0.00
            39907,0.00
            39908,0.00
            39909,0.00
            39910,0.00
            39999,0.00
            PERSONNEL_TOTAL,10838.71
            PUBLIC_TOTAL,3351.92
            """;

    /** Yuan above (+) or below (−) the printed 万元 value of an item: the hidden decimals of quirk 1. */
    private static final Map<String, Long> HIDDEN_YUAN = Map.of(
            "30101", 40L, "30102", 40L, "30103", 40L,
            "31002", -40L, "31007", -40L, "31019", -40L);

    /** The 三公 spending from project money: 3.33 − 2.69 on reception, 321.76 − 317.64 on vehicle operation. */
    private static final Map<String, String> PROJECT_THREE_PUBLIC_YUAN = Map.of("30217", "6400.00", "30231", "41200.00");

    private static LedgerPosition position;
    private static final ReportBuilder BUILDER = TestCatalogue.builder();

    @BeforeAll
    static void buildThePosition() {
        List<long[]> economicItems = new ArrayList<>();
        List<String> economicCodes = new ArrayList<>();
        published(TABLE_06).forEach((code, amount) -> {
            if (code.length() == 5) {
                economicCodes.add(code);
                economicItems.add(new long[] {fen(amount[0]) + HIDDEN_YUAN.getOrDefault(code, 0L) * 100});
            }
        });
        List<LinePosition> lines = new ArrayList<>();
        int item = 0;
        for (Map.Entry<String, String[]> row : published(TABLE_03).entrySet()) {
            String code = row.getKey();
            if (code.length() != 7) {
                continue;
            }
            long basic = fen(row.getValue()[1]);
            if (basic > 0) {
                // The basic spending of each 项 takes the next economic items in turn, splitting an
                // item across two lines where it must: table 06 sums over lines, so the split is free.
                Lines line = Lines.basic(Fund.GENERAL_BUDGET, code).initialFen(basic);
                long toBook = basic;
                while (toBook > 0) {
                    long[] left = economicItems.get(item);
                    long booked = Math.min(left[0], toBook);
                    line.spendFen(economicCodes.get(item), booked);
                    left[0] -= booked;
                    toBook -= booked;
                    if (left[0] == 0) {
                        item++;
                    }
                }
                lines.add(line.build());
            }
            long project = fen(row.getValue()[2]);
            if (project > 0) {
                Lines line = Lines.project(Fund.GENERAL_BUDGET, code, "P" + code, "项目" + code).initialFen(project);
                if (code.equals("2040299")) {
                    PROJECT_THREE_PUBLIC_YUAN.forEach(line::spend);
                    project -= PROJECT_THREE_PUBLIC_YUAN.values().stream().mapToLong(Lines::fen).sum();
                }
                lines.add(line.spendFen("30299", project).build());
            }
        }
        assertThat(economicItems).allMatch(left -> left[0] == 0);
        position = Ledgers.ledger().unit("ZZJJ", "株洲市公安局交通警察支队", 2023).closed()
                .threePublicBudget(ThreePublicCategory.OVERSEAS_TRAVEL, "0.00")
                .threePublicBudget(ThreePublicCategory.RECEPTION, "100000.00")
                .threePublicBudget(ThreePublicCategory.VEHICLE_PURCHASE, "2090000.00")
                .threePublicBudget(ThreePublicCategory.VEHICLE_OPERATION, "3868000.00")
                .statistics(26, 220, 5)
                .with(lines);
    }

    @Test
    void expenditureTableMatchesThePublishedTable03() {
        Report table = BUILDER.build(ReportId.EXPENDITURE, position);

        Map<String, String[]> published = published(TABLE_03);
        assertThat(table.rows()).extracting(ReportRow::code).containsExactlyElementsOf(published.keySet());
        published.forEach((code, amounts) -> assertThat(table.row(code).orElseThrow().cells())
                .as(code).containsEntry("total", amounts[0]).containsEntry("basic", amounts[1])
                .containsEntry("project", amounts[2]));
    }

    @Test
    void basicByEconomicTableMatchesThePublishedTable06WithItsRoundingDifferences() {
        Report table = BUILDER.build(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, position);

        Map<String, String[]> published = published(TABLE_06);
        assertThat(table.rows()).extracting(ReportRow::code).containsExactlyElementsOf(published.keySet());
        published.forEach((code, amount) ->
                assertThat(table.row(code).orElseThrow().cell("amount")).as(code).isEqualTo(amount[0]));
        assertThat(table.row("301").orElseThrow().cell("amount")).isEqualTo("10122.89");
        assertThat(table.row("310").orElseThrow().cell("amount")).isEqualTo("327.17");
        assertThat(table.row("PERSONNEL_TOTAL").orElseThrow().cell("amount")).isEqualTo("10838.71");
    }

    @Test
    void summaryTablesMatchThePublishedTables01And04() {
        Report summary = BUILDER.build(ReportId.INCOME_EXPENDITURE_SUMMARY, position);
        Report fiscal = BUILDER.build(ReportId.FISCAL_SUMMARY, position);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("INCOME_GENERAL_BUDGET", "22131.98");
        expected.put("INCOME_TOTAL", "22131.98");
        expected.put("OPENING_BALANCE", "0.00");
        expected.put("GRAND_TOTAL_INCOME", "22131.98");
        expected.put("204", "18615.32");
        expected.put("208", "1836.63");
        expected.put("210", "876.96");
        expected.put("212", "62.17");
        expected.put("221", "740.90");
        expected.put("EXPENDITURE_TOTAL", "22131.98");
        expected.put("CLOSING_BALANCE", "0.00");
        expected.put("GRAND_TOTAL_EXPENDITURE", "22131.98");
        expected.forEach((code, amount) -> {
            assertThat(summary.row(code).orElseThrow().cell("amount")).as("01 " + code).isEqualTo(amount);
            assertThat(fiscal.row(code).orElseThrow().cell("generalBudget")).as("04 " + code).isEqualTo(amount);
        });
    }

    @Test
    void generalBudgetTableMatchesThePublishedTable05() {
        ReportRow total = BUILDER.build(ReportId.GENERAL_BUDGET_EXPENDITURE, position).row("TOTAL").orElseThrow();

        assertThat(total.cell("incomeTotal")).isEqualTo("22131.98");
        assertThat(total.cell("expenditureBasic")).isEqualTo("14190.63");
        assertThat(total.cell("expenditureProject")).isEqualTo("7941.35");
        assertThat(total.cell("closingTotal")).isEqualTo("0.00");
    }

    @Test
    void threePublicTableMatchesTheNarrative() {
        Report table = BUILDER.build(ReportId.THREE_PUBLIC, position);

        assertThat(table.row("RECEPTION").orElseThrow().cell("actual")).isEqualTo("3.33");
        assertThat(table.row("VEHICLE_OPERATION").orElseThrow().cell("actual")).isEqualTo("321.76");
        assertThat(table.row("VEHICLE_PURCHASE").orElseThrow().cell("actual")).isEqualTo("89.90");
        assertThat(table.row("VEHICLES").orElseThrow().cell("actual")).isEqualTo("411.66");
        assertThat(table.row("TOTAL").orElseThrow().cells())
                .containsEntry("budget", "605.80").containsEntry("actual", "414.99");
        assertThat(table.row("VEHICLE_PURCHASE").orElseThrow().cell("vehiclesPurchased")).isEqualTo("5");
    }

    @Test
    void thePublishedYearPassesEveryConsistencyCheck() {
        assertThat(new ConsistencyCheck(BUILDER).check(position)).allMatch(CheckResult::passed);
    }

    /** Rows of a CSV text block by code, the remaining fields in order. */
    private static Map<String, String[]> published(String table) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        table.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] fields = line.split(",");
            rows.put(fields[0], Arrays.copyOfRange(fields, 1, fields.length));
        });
        return rows;
    }

    private static long fen(String wanYuan) {
        return new BigDecimal(wanYuan).movePointRight(6).longValueExact();
    }
}
