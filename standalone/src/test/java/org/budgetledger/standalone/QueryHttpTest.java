package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The query endpoints of the HTTP contract, on the demo ledger and on a ledger written here. */
class QueryHttpTest extends StandaloneTestSupport {

    private static final String T03_HEADER = "code,name,本年支出合计,基本支出,项目支出,上缴上级支出,经营支出,对附属单位补助支出";

    @BeforeEach
    void demoLoaded() {
        loadDemoLedger();
    }

    @Test
    void ledgerListNamesTheDemoLedgerClosedWithAllItsEntries() {
        JsonNode ledgers = http.getJson("/api/v1/ledgers").get("ledgers");
        JsonNode demo = find(ledgers, ledger -> ledger.get("unitCode").asString().equals(DEMO_UNIT)
                && ledger.get("fiscalYear").asInt() == DEMO_YEAR);
        assertThat(demo.get("unitName").asString()).isEqualTo("株洲市公安局交通警察支队");
        assertThat(demo.get("status").asString()).isEqualTo("CLOSED");
        assertThat(demo.get("sequence").asLong()).isEqualTo(DEMO_LINES);
    }

    @Test
    void linesShowEveryFigureInYuanWithExecutionPercentages() {
        JsonNode answer = http.getJson(demoPath() + "/lines");
        assertThat(answer.get("sequence").asLong()).isEqualTo(DEMO_LINES);
        assertThat(answer.get("lines").size()).isEqualTo(26);

        JsonNode smartTraffic = line(answer, "2040219", "PROJECT", "ZZJJ-P01");
        assertThat(smartTraffic.get("line").get("projectName").asString()).isEqualTo("智能交通系统运行维护经费");
        assertFigures(smartTraffic, "0.00", "4000000.00", "0.00", "0.00", "4000000.00", "3424000.00", "0.00", "576000.00");
        assertThat(smartTraffic.get("executionPct").asString()).isEqualTo("85.60");
        assertThat(smartTraffic.get("initialExecutionPct").asString()).isEqualTo("85.60");

        // 公务员医疗补助: the whole initial budget was cut, so there is no budget to execute against.
        JsonNode civilServantMedical = line(answer, "2101103", "BASIC", null);
        assertFigures(civilServantMedical, "0.00", "2231500.00", "0.00", "2231500.00", "0.00", "0.00", "0.00", "0.00");
        assertThat(civilServantMedical.get("executionPct").isNull()).isTrue();
        assertThat(civilServantMedical.get("initialExecutionPct").asString()).isEqualTo("0.00");

        JsonNode administration = line(answer, "2040201", "BASIC", null);
        assertFigures(administration, "0.00", "94111500.00", "20700.00", "0.00", "94132200.00", "94132200.00", "0.00",
                "0.00");
        assertThat(administration.get("executionPct").asString()).isEqualTo("100.00");
        assertThat(administration.get("initialExecutionPct").asString()).isEqualTo("100.02");
    }

    @Test
    void linesAsOfADateBeforeTheCloseShowTheUnspentBalances() {
        JsonNode answer = http.getJson(demoPath() + "/lines?asOf=2023-12-31");
        assertThat(answer.get("asOf").asString()).isEqualTo("2023-12-31");
        JsonNode smartTraffic = line(answer, "2040219", "PROJECT", "ZZJJ-P01");
        assertThat(smartTraffic.get("recovered").asString()).isEqualTo("0.00");
        assertThat(smartTraffic.get("available").asString()).isEqualTo("576000.00");

        ReportTable summary = ReportTable.fetch(http, demoPath(), "01", "asOf=2023-12-31");
        assertThat(summary.cell("INCOME_TOTAL", "amount")).isEqualTo("22293.54");
        assertThat(summary.cell("EXPENDITURE_TOTAL", "amount")).isEqualTo("22131.98");
        assertThat(summary.cell("CLOSING_BALANCE", "amount")).isEqualTo("161.56");
        assertThat(summary.cell("GRAND_TOTAL_EXPENDITURE", "amount")).isEqualTo("22293.54");
    }

    @Test
    void reportListNamesTheFifteenTables() {
        JsonNode answer = http.getJson(demoPath() + "/reports");
        List<String> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        answer.get("reports").forEach(report -> {
            ids.add(report.get("id").asString());
            numbers.add(report.get("number").isNull() ? null : report.get("number").asString());
        });
        assertThat(ids).containsExactly("income-expenditure-summary", "income", "expenditure", "fiscal-summary",
                "general-budget-expenditure", "general-budget-basic-by-economic", "government-fund", "state-capital",
                "three-public", "function-execution", "project-execution", "performance-project", "performance-unit",
                "procurement", "general-costs");
        assertThat(numbers).containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", null, null, null, null, null,
                null);
        assertThat(find(answer.get("reports"), report -> report.get("id").asString().equals("expenditure"))
                .get("title").asString()).isEqualTo("支出决算表");
    }

    @Test
    void tableThreeByNumberAndByIdIsTheSameTable() {
        Http.Answer byNumber = http.get(demoPath() + "/reports/03");
        Http.Answer byId = http.get(demoPath() + "/reports/expenditure");
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byNumber.contentType()).startsWith("application/json");
        assertThat(byNumber.text()).isEqualTo(byId.text());

        JsonNode table = byId.json();
        assertThat(table.get("ledger").asString()).isEqualTo("ZZJJ/2023");
        assertThat(table.get("report").asString()).isEqualTo("expenditure");
        assertThat(table.get("number").asString()).isEqualTo("03");
        assertThat(table.get("title").asString()).isEqualTo("支出决算表");
        assertThat(table.get("amountUnit").asString()).isEqualTo("万元");
        assertThat(table.get("sequence").asLong()).isEqualTo(DEMO_LINES);
        assertThat(new ReportTable("03", table).cell("TOTAL", "total")).isEqualTo("22131.98");
    }

    @Test
    void csvHasAHeaderRowAndTheFiguresOfTheTable() {
        Http.Answer csv = http.get(demoPath() + "/reports/03?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("ZZJJ-2023-03-expenditure.csv");
        List<List<String>> records = ReferenceCsv.parse(csv.text());
        assertThat(String.join(",", records.get(0))).isEqualTo(T03_HEADER);
        assertThat(records).contains(List.of("TOTAL", "合计", "22131.98", "14190.63", "7941.35", "0.00", "0.00", "0.00"));
        assertThat(records).contains(List.of("2040201", "行政运行", "9413.22", "9413.22", "0.00", "0.00", "0.00", "0.00"));
        assertThat(csv.text()).startsWith("\uFEFF");
    }

    @Test
    void acceptTextCsvGivesTheSameCsvAsTheFormatParameter() {
        Http.Answer byHeader = http.get(demoPath() + "/reports/expenditure", "Accept", "text/csv");
        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(byHeader.contentType()).startsWith("text/csv");
        assertThat(byHeader.text()).isEqualTo(http.get(demoPath() + "/reports/03?format=csv").text());
    }

    @Test
    void aBlankAsOfMeansTheCurrentPosition() {
        Http.Answer blank = http.get(demoPath() + "/lines?asOf=&knownAt=");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.json().get("asOf").isNull()).isTrue();
        assertThat(blank.json().get("lines")).isEqualTo(http.getJson(demoPath() + "/lines").get("lines"));
    }

    @Test
    void aMistypedQueryParameterIsNamedInTheProblem() {
        Http.Answer answer = http.get(demoPath() + "/lines?minSequence=abc");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("minSequence");
    }

    @Test
    void anAcceptHeaderPreferringJsonGetsJsonEvenWhenItAlsoAcceptsCsv() {
        Http.Answer json = http.get(demoPath() + "/reports/03", "Accept", "application/json, text/csv;q=0.5");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().get("report").asString()).isEqualTo("expenditure");
        Http.Answer csv = http.get(demoPath() + "/reports/03", "Accept", "application/json;q=0.4, text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
    }

    @Test
    void excelWorkbookIsLaidOutLikeThePublishedTable() throws IOException {
        Http.Answer xlsx = http.get(demoPath() + "/reports/03?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("支出决算表");
            assertThat(texts(sheet.getRow(2))).contains("编制单位：株洲市公安局交通警察支队", "金额单位：万元");

            Row administration = rowWithCode(sheet, "2040201");
            assertThat(administration.getCell(1).getStringCellValue()).isEqualTo("行政运行");
            assertThat(administration.getCell(2).getNumericCellValue()).isEqualTo(9413.22);
            assertThat(administration.getCell(3).getNumericCellValue()).isEqualTo(9413.22);
            // 项目支出 of 行政运行 is zero: the published tables leave such a cell blank.
            assertThat(administration.getCell(4).getCellType()).isEqualTo(CellType.BLANK);

            Row socialSecurity = rowWithCode(sheet, "208");
            assertThat(socialSecurity.getCell(2).getNumericCellValue()).isEqualTo(1836.63);
        }
    }

    @Test
    void unknownReportIsNotFound() {
        assertProblem(http.get(demoPath() + "/reports/10"), 404, "REPORT_NOT_FOUND");
        assertProblem(http.get(demoPath() + "/reports/balance-sheet"), 404, "REPORT_NOT_FOUND");
    }

    @Test
    void unknownLedgerIsNotFound() {
        assertProblem(http.get("/api/v1/ledgers/NOSUCHUNIT/2023/lines"), 404, "LEDGER_NOT_FOUND");
        assertProblem(http.get("/api/v1/ledgers/NOSUCHUNIT/2023/reports/03"), 404, "LEDGER_NOT_FOUND");
        assertProblem(http.get("/api/v1/ledgers/NOSUCHUNIT/2023/history"), 404, "LEDGER_NOT_FOUND");
        assertProblem(http.get("/api/v1/ledgers/ZZJJ/2022/lines"), 404, "LEDGER_NOT_FOUND");
    }

    @Test
    void malformedAsOfIsAValidationError() {
        JsonNode problem = assertProblem(http.get(demoPath() + "/lines?asOf=2023-13-45"), 400, "VALIDATION_FAILED");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("asOf");
        assertProblem(http.get(demoPath() + "/reports/03?asOf=31.12.2023"), 400, "VALIDATION_FAILED");
    }

    @Test
    void minSequenceBeyondTheLedgerAnswersProjectionBehind() {
        assertProblem(http.get(demoPath() + "/lines?minSequence=" + (DEMO_LINES + 1)), 503, "PROJECTION_BEHIND");
        assertProblem(http.get(demoPath() + "/reports/03?minSequence=100000"), 503, "PROJECTION_BEHIND");
    }

    @Test
    void aQueryWithTheSequenceOfACommandSeesThatCommand() {
        LedgerScenario ledger = new LedgerScenario(http, "RYW", 2023);
        ledger.open("读写一致测试单位");
        JsonNode appropriated = ledger.appropriate(LedgerScenario.basicLine("2040201"), "50000.00", "测财〔2023〕1号",
                "2023-01-05");
        assertThat(appropriated.get("sequence").asLong()).isEqualTo(2);

        JsonNode lines = http.getJson(ledger.ledgerPath() + "/lines?minSequence=" + appropriated.get("sequence").asLong());
        assertThat(lines.get("sequence").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(line(lines, "2040201", "BASIC", null).get("initial").asString()).isEqualTo("50000.00");

        JsonNode spent = ledger.spend(LedgerScenario.basicLine("2040201"), "30201", "1200.00", "RYW-1", "2023-02-01");
        long sequence = spent.get("sequence").asLong();
        JsonNode after = http.getJson(ledger.ledgerPath() + "/lines?minSequence=" + sequence);
        JsonNode administration = line(after, "2040201", "BASIC", null);
        assertThat(administration.get("spent").asString()).isEqualTo("1200.00");
        assertThat(administration.get("available").asString()).isEqualTo("48800.00");
        assertThat(ReportTable.fetch(http, ledger.ledgerPath(), "03", "minSequence=" + sequence).cell("2040201", "total"))
                .isEqualTo("0.12");

        JsonNode summary = http.getJson(ledger.ledgerPath() + "?minSequence=" + sequence);
        assertThat(summary.get("status").asString()).isEqualTo("OPEN");
        assertThat(summary.get("sequence").asLong()).isEqualTo(sequence);
        assertLedgerConsistent(ledger.unit, ledger.year);
    }

    static JsonNode line(JsonNode linesAnswer, String functionCode, String nature, String projectCode) {
        return find(linesAnswer.get("lines"), entry -> {
            JsonNode line = entry.get("line");
            JsonNode project = line.get("projectCode");
            return line.get("functionCode").asString().equals(functionCode) && line.get("nature").asString().equals(nature)
                    && (projectCode == null ? project == null : project != null && project.asString().equals(projectCode));
        });
    }

    static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> wanted) {
        for (JsonNode element : array) {
            if (wanted.test(element)) {
                return element;
            }
        }
        throw new AssertionError("nothing matching in " + array);
    }

    static JsonNode assertProblem(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static void assertFigures(JsonNode line, String carriedIn, String initial, String increases,
            String decreases, String budget, String spent, String available, String recovered) {
        assertThat(line.get("carriedIn").asString()).as("carriedIn").isEqualTo(carriedIn);
        assertThat(line.get("initial").asString()).as("initial").isEqualTo(initial);
        assertThat(line.get("increases").asString()).as("increases").isEqualTo(increases);
        assertThat(line.get("decreases").asString()).as("decreases").isEqualTo(decreases);
        assertThat(line.get("budget").asString()).as("budget").isEqualTo(budget);
        assertThat(line.get("spent").asString()).as("spent").isEqualTo(spent);
        assertThat(line.get("available").asString()).as("available").isEqualTo(available);
        assertThat(line.get("recovered").asString()).as("recovered").isEqualTo(recovered);
        assertThat(line.get("revenue").asString()).as("revenue").isEqualTo("0.00");
        assertThat(line.get("carriedOut").asString()).as("carriedOut").isEqualTo("0.00");
        assertThat(line.get("surplus").asString()).as("surplus").isEqualTo("0.00");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    private static Row rowWithCode(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in the workbook");
    }
}
