package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The self-evaluation (绩效自评) through the whole application: targets and results recorded,
 * the project and unit tables computed from the lines and the scoring, their CSV and Excel, the
 * narrative's figures adding up, and the tables as known before the results. Amounts in 万元.
 */
class PerformanceSelfEvaluationTest extends StandaloneTestSupport {

    private static final Map<String, Object> P1 = LedgerScenario.projectLine("2040202", "PERF-P1", "标志标线维护");
    private static final Map<String, Object> BASIC = LedgerScenario.basicLine("2040201");
    private static final Map<String, Object> HEALTH = LedgerScenario.basicLine("2101101");

    /**
     * P1: 450 initial, 140 added, 589.69 spent (99.95 %, 9.99 points). Indicators: 标牌 ≥ 300 (40 points, 345 done:
     * 40), 护栏清洗 ≤ 20 days (30 points, 25 days: 30 × (1 − 5/20) = 22.50), 满意度 qualitative (20 points, PARTLY 75 %:
     * 15.00). Total 9.99 + 40 + 22.50 + 15.00 = 87.49, 良.
     */
    @Test
    void aProjectsSelfEvaluationIsComputedFromItsLinesAndResults() throws Exception {
        LedgerScenario ledger = new LedgerScenario(http, "PERFEVAL", 2023);
        Http clerk = TestUsers.ensure(http, "perfeval-clerk", "PERFEVAL:RECORDER");
        ledger.open("绩效测试单位");
        ledger.appropriate(P1, "4500000.00", "预-1", "2023-01-10");
        ledger.adjust(P1, "INCREASE", "1400000.00", "年中追加", "调-1", "2023-06-01");
        ledger.spend(P1, "30213", "5896900.00", "记-1", "2023-09-01");
        http.command(ledger.ledgerPath() + "/performance-targets", Http.JSON.writeValueAsString(Map.of("requestId", "pt-1",
                "scope", Map.of("projectCode", "PERF-P1"), "overallGoal", "确保交通设施科学规范",
                "indicators", List.of(
                        indicator("OUT-1", "OUTPUT", "QUANTITY", "新建更新交通标志标牌", ">=", "300", "套", "40"),
                        indicator("OUT-2", "OUTPUT", "TIMELINESS", "护栏清洗周期", "<=", "20", "天", "30"),
                        Map.of("code", "SAT-1", "level1", "SATISFACTION", "level2", "SATISFACTION", "name", "群众满意度",
                                "comparator", "QUALITATIVE", "weight", "20")),
                "documentNo", "株财绩〔2023〕5号", "effectiveDate", "2023-01-20")));
        result(clerk, ledger, Map.of("indicatorCode", "OUT-1", "actual", "345"));
        JsonNode afterFirst = result(clerk, ledger, Map.of("indicatorCode", "OUT-2", "actual", "25", "deviationReason", "新增护栏未纳入合同"));
        JsonNode last = result(clerk, ledger, Map.of("indicatorCode", "SAT-1", "grade", "PARTLY", "scorePct", "75",
                "deviationReason", "部分路段投诉"));
        awaitReadSide(ledger.unit, ledger.year, last.get("sequence").asLong());

        ReportTable table = ReportTable.fetch(http, ledger.ledgerPath(), "performance-project", "projectCode=PERF-P1");
        assertThat(table.cell("PERF-P1:FUNDS_TOTAL", "initial")).isEqualTo("450.00");
        assertThat(table.cell("PERF-P1:FUNDS_TOTAL", "budget")).isEqualTo("590.00");
        assertThat(table.cell("PERF-P1:FUNDS_TOTAL", "spent")).isEqualTo("589.69");
        assertThat(table.cell("PERF-P1:FUNDS_TOTAL", "rate")).isEqualTo("99.95");
        assertThat(table.cell("PERF-P1:FUNDS_TOTAL", "score")).isEqualTo("9.99");
        assertThat(table.cell("PERF-P1:FUNDS_FISCAL", "spent")).isEqualTo("589.69");
        assertThat(table.cell("PERF-P1:FUNDS_CARRIED", "budget")).isEqualTo("0.00");
        assertThat(table.cell("PERF-P1:IND:OUT-1", "score")).isEqualTo("40.00");
        assertThat(table.cell("PERF-P1:IND:OUT-1", "target")).isEqualTo("≥300");
        assertThat(table.cell("PERF-P1:IND:OUT-2", "score")).isEqualTo("22.50");
        assertThat(table.cell("PERF-P1:IND:OUT-2", "rule")).contains("反向");
        assertThat(table.cell("PERF-P1:IND:OUT-2", "deviationReason")).isEqualTo("新增护栏未纳入合同");
        assertThat(table.cell("PERF-P1:IND:SAT-1", "score")).isEqualTo("15.00");
        assertThat(table.cell("PERF-P1:IND:SAT-1", "actual")).isEqualTo("部分达成（75%）");
        assertThat(table.cell("PERF-P1:TOTAL", "score")).isEqualTo("87.49");
        assertThat(table.cell("PERF-P1:TOTAL", "grade")).isEqualTo("良");
        ReportTable execution = ReportTable.fetch(http, ledger.ledgerPath(), "project-execution");
        assertThat(table.cell("PERF-P1:FUNDS_TOTAL", "budget")).isEqualTo(execution.cell("PERF-P1", "budget"));
        assertThat(table.cell("PERF-P1:FUNDS_TOTAL", "spent")).isEqualTo(execution.cell("PERF-P1", "spent"));

        JsonNode history = http.getJson(ledger.ledgerPath() + "/history?type=PerformanceResultRecorded").get("entries");
        assertThat(history).hasSize(3);
        String secondRecordedAt = history.get(1).get("recordedAt").asString();
        ReportTable before = ReportTable.fetch(http, ledger.ledgerPath(), "performance-project",
                "projectCode=PERF-P1&knownAt=" + java.time.Instant.parse(secondRecordedAt).minusNanos(1_000));
        assertThat(before.cell("PERF-P1:IND:OUT-1", "score")).isEqualTo("40.00");
        assertThat(before.cell("PERF-P1:IND:OUT-2", "score")).as("not yet reported then").isEqualTo("0.00");
        assertThat(before.cell("PERF-P1:IND:OUT-2", "rule")).contains("未填报");
        assertThat(afterFirst.get("duplicate").asBoolean()).isFalse();

        Http.Answer csv = http.get(ledger.ledgerPath() + "/reports/performance-project?projectCode=PERF-P1&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).contains("年初预算数", "评分规则", "PERF-P1:IND:OUT-2", "22.50", "≥300");
        Http.Answer xlsx = http.get(ledger.ledgerPath() + "/reports/performance-project?projectCode=PERF-P1&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            StringBuilder all = new StringBuilder();
            for (Row row : sheet) {
                row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('|'));
            }
            assertThat(all.toString()).contains("项目支出绩效自评表", "年度资金总额", "≥300", "反向", "87.49", "良");
        }
        Http.Answer unknown = http.get(ledger.ledgerPath() + "/reports/performance-project?projectCode=NOPE");
        assertThat(unknown.status()).isEqualTo(400);
    }

    /**
     * The unit's narrative: 204 公共安全 971.76, 208 社会保障和就业 59.31, 210 卫生健康 33.95, 221 住房保障 45.85 of initial
     * budget (1110.87 in all, the Yanling figures); each list's shares add up to 100.00 and its amounts to its total.
     */
    @Test
    void theUnitsNarrativeHasSharesAndPartsThatAddUp() {
        LedgerScenario ledger = new LedgerScenario(http, "PERFTEXT", 2023);
        ledger.open("叙述测试单位");
        ledger.appropriate(BASIC, "9717600.00", "预-1", "2023-01-10");
        ledger.appropriate(LedgerScenario.basicLine("2080505"), "593100.00", "预-1", "2023-01-10");
        ledger.appropriate(HEALTH, "339500.00", "预-1", "2023-01-10");
        ledger.appropriate(LedgerScenario.basicLine("2210201"), "458500.00", "预-1", "2023-01-10");
        ledger.spend(BASIC, "30101", "5582800.00", "记-1", "2023-06-01");
        ledger.spend(HEALTH, "30110", "305400.00", "记-2", "2023-06-01");
        awaitReadSide(ledger);

        Http.Answer answer = http.get(ledger.ledgerPath() + "/reports/performance-unit?format=text");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/plain");
        String text = answer.text();
        assertThat(text).contains("年初预算总计1110.87万元", "公共安全支出（204）971.76万元");
        Matcher lists = Pattern.compile("总计([0-9.]+)万元，其中：(.*?)。以上合计([0-9.]+)万元，占比合计([0-9.]+)%").matcher(text);
        int checked = 0;
        while (lists.find()) {
            BigDecimal amounts = BigDecimal.ZERO;
            BigDecimal shares = BigDecimal.ZERO;
            Matcher item = Pattern.compile("([0-9.]+)万元，占[^的]*的([0-9.]+)%").matcher(lists.group(2));
            while (item.find()) {
                amounts = amounts.add(new BigDecimal(item.group(1)));
                shares = shares.add(new BigDecimal(item.group(2)));
            }
            assertThat(amounts).as("items of %s", lists.group(0)).isEqualByComparingTo(lists.group(1));
            assertThat(amounts).isEqualByComparingTo(lists.group(3));
            assertThat(shares).as("shares of %s", lists.group(0)).isEqualByComparingTo("100.00");
            assertThat(lists.group(4)).isEqualTo("100.00");
            checked++;
        }
        assertThat(checked).as("the initial budget and the 决算 lists").isEqualTo(2);
        ReportTable unit = ReportTable.fetch(http, ledger.ledgerPath(), "performance-unit");
        assertThat(unit.cell("FUNDS_TOTAL", "initial")).isEqualTo("1110.87");
        assertThat(unit.cell("FUNDS_TOTAL", "spent")).isEqualTo("588.82");
        assertThat(unit.cell("TOTAL", "score")).as("budget execution only: 10 × 588.82 / 1110.87").isEqualTo("5.30");
        assertThat(http.get(ledger.ledgerPath() + "/reports/01?format=text").status()).isEqualTo(400);
    }

    private static Map<String, Object> indicator(String code, String level1, String level2, String name, String comparator,
            String target, String unit, String weight) {
        return Map.of("code", code, "level1", level1, "level2", level2, "name", name, "comparator", comparator, "target", target,
                "unit", unit, "weight", weight);
    }

    private JsonNode result(Http clerk, LedgerScenario ledger, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(fields);
        body.put("requestId", "r-" + fields.get("indicatorCode"));
        body.put("scope", Map.of("projectCode", "PERF-P1"));
        body.put("effectiveDate", "2024-01-15");
        return clerk.command(ledger.ledgerPath() + "/performance-results", Http.JSON.writeValueAsString(body));
    }
}
