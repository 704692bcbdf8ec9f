package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 3's key test: the demo journal, loaded over HTTP into the running process, reproduces
 * every figure of the published 2023 final accounts of 株洲市公安局交通警察支队 (the CSVs of
 * {@code src/test/resources/reference/zhuzhou-traffic-police-2023}, transcribed from the
 * publication). Every differing cell is collected and printed before the test fails.
 */
class ZhuzhouReferenceReproductionTest extends StandaloneTestSupport {

    private static final String REFERENCE = "reference/zhuzhou-traffic-police-2023/";
    private static final String ZERO = "0.00";

    /** The 类 rows of tables 01 and 04, as the reference README lists them. */
    private static final Map<String, String> CLASS_TOTALS = new LinkedHashMap<>();

    static {
        CLASS_TOTALS.put("204", "18615.32");
        CLASS_TOTALS.put("208", "1836.63");
        CLASS_TOTALS.put("210", "876.96");
        CLASS_TOTALS.put("212", "62.17");
        CLASS_TOTALS.put("221", "740.90");
    }

    private static final String REVENUE = "22131.98";

    private final Differences differences = new Differences();

    @BeforeEach
    void demoLoaded() {
        loadDemoLedger();
    }

    @Test
    void demoJournalIsAppliedInFullAndClosesTheYear() {
        JsonNode summary = loadDemoLedger().get("summary");
        assertThat(summary.get("applied").asInt()).isEqualTo(DEMO_LINES);
        assertThat(summary.get("duplicates").asInt()).isZero();
        assertThat(summary.get("rejected").asInt()).isZero();

        JsonNode ledger = http.getJson(demoPath());
        assertThat(ledger.get("unitName").asString()).isEqualTo("株洲市公安局交通警察支队");
        assertThat(ledger.get("status").asString()).isEqualTo("CLOSED");
        assertThat(ledger.get("sequence").asLong()).isEqualTo(DEMO_LINES);
    }

    @Test
    void everyConsistencyCheckPassesOnThePublishedYear() {
        JsonNode checks = http.getJson(demoPath() + "/checks");
        assertThat(checks.get("checks").size()).isEqualTo(13);
        assertLedgerConsistent(DEMO_UNIT, DEMO_YEAR);
    }

    @Test
    void everyPublishedFigureIsReproduced() {
        List<Map<String, String>> t03 = ReferenceCsv.read(REFERENCE + "t03-expenditure-by-function.csv");
        expenditureByFunction(t03);
        incomeByFunction(t03);
        generalBudgetExpenditure(t03);
        basicByEconomic(ReferenceCsv.read(REFERENCE + "t06-basic-by-economic.csv"));
        incomeExpenditureSummary();
        fiscalSummary();
        noNonZeroFigure("government-fund");
        noNonZeroFigure("state-capital");
        functionExecution(ReferenceCsv.read(REFERENCE + "function-initial-budget.csv"));
        projectExecution(ReferenceCsv.read(REFERENCE + "projects.csv"));
        threePublic(ReferenceCsv.read(REFERENCE + "three-public.csv"));

        differences.assertNone("published figures");
        assertThat(differences.compared()).as("figures compared").isGreaterThan(400);
    }

    /** Table 03: every row's total, basic and project, and nothing in the other columns. */
    private void expenditureByFunction(List<Map<String, String>> t03) {
        ReportTable table = report("03");
        for (Map<String, String> published : t03) {
            String code = rowCode(published.get("code"));
            compare(table, code, "total", published.get("total"));
            compare(table, code, "basic", published.get("basic"));
            compare(table, code, "project", published.get("project"));
            compare(table, code, "remittanceToHigherLevel", ZERO);
            compare(table, code, "operating", ZERO);
            compare(table, code, "subsidyToAffiliates", ZERO);
            if (!code.equals("TOTAL")) {
                differences.compare("03", code, "name", published.get("name"), table.name(code));
            }
        }
        sameRows(table, t03);
    }

    /** Table 02: all income is 财政拨款收入, per row the 03 total. */
    private void incomeByFunction(List<Map<String, String>> t03) {
        ReportTable table = report("02");
        for (Map<String, String> published : t03) {
            String code = rowCode(published.get("code"));
            compare(table, code, "total", published.get("total"));
            compare(table, code, "fiscal", published.get("total"));
            for (String column : List.of("higherLevelSubsidy", "business", "operating", "affiliatedRemittance", "other")) {
                compare(table, code, column, ZERO);
            }
        }
        sameRows(table, t03);
    }

    /** Table 05: income equals expenditure per row with 03's split, no balances at either end. */
    private void generalBudgetExpenditure(List<Map<String, String>> t03) {
        ReportTable table = report("05");
        for (Map<String, String> published : t03) {
            String code = rowCode(published.get("code"));
            for (String side : List.of("income", "expenditure")) {
                compare(table, code, side + "Total", published.get("total"));
                compare(table, code, side + "Basic", published.get("basic"));
                compare(table, code, side + "Project", published.get("project"));
            }
            for (String column : List.of("openingTotal", "openingBasic", "openingProject", "closingTotal", "closingBasic",
                    "closingProjectCarryOver", "closingProjectSurplus")) {
                compare(table, code, column, ZERO);
            }
        }
        sameRows(table, t03);
    }

    /** Table 06: every economic row of the layout, zeros included, and the two 合计. */
    private void basicByEconomic(List<Map<String, String>> t06) {
        ReportTable table = report("06");
        Set<String> published = new LinkedHashSet<>();
        for (Map<String, String> row : t06) {
            String code = switch (row.get("name")) {
                case "人员经费合计" -> "PERSONNEL_TOTAL";
                case "公用经费合计" -> "PUBLIC_TOTAL";
                default -> row.get("code");
            };
            published.add(code);
            compare(table, code, "amount", row.get("amount"));
        }
        for (String code : table.codes()) {
            if (!published.contains(code)) {
                differences.note("06", code, "is not in the published layout (" + table.name(code) + ")");
            }
        }
    }

    /** Table 01: revenue 22131.98, the five 类 rows, totals, no balances. */
    private void incomeExpenditureSummary() {
        ReportTable table = report("01");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("INCOME_GENERAL_BUDGET", REVENUE);
        for (String zero : List.of("INCOME_GOVERNMENT_FUND", "INCOME_STATE_CAPITAL", "INCOME_HIGHER_LEVEL_SUBSIDY",
                "INCOME_BUSINESS", "INCOME_OPERATING", "INCOME_AFFILIATED_REMITTANCE", "INCOME_OTHER")) {
            expected.put(zero, ZERO);
        }
        expected.put("INCOME_TOTAL", REVENUE);
        expected.put("USE_OF_NON_FISCAL_SURPLUS", ZERO);
        expected.put("OPENING_BALANCE", ZERO);
        expected.put("GRAND_TOTAL_INCOME", REVENUE);
        expected.putAll(CLASS_TOTALS);
        expected.put("EXPENDITURE_TOTAL", REVENUE);
        expected.put("SURPLUS_DISTRIBUTION", ZERO);
        expected.put("CLOSING_BALANCE", ZERO);
        expected.put("GRAND_TOTAL_EXPENDITURE", REVENUE);
        expected.forEach((code, amount) -> compare(table, code, "amount", amount));
        classRows(table, List.of("amount"));
    }

    /** Table 04: the same figures, all in the general-budget column. */
    private void fiscalSummary() {
        ReportTable table = report("04");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("INCOME_GENERAL_BUDGET", REVENUE);
        expected.put("INCOME_GOVERNMENT_FUND", ZERO);
        expected.put("INCOME_STATE_CAPITAL", ZERO);
        expected.put("INCOME_TOTAL", REVENUE);
        for (String zero : List.of("OPENING_BALANCE", "OPENING_GENERAL_BUDGET", "OPENING_GOVERNMENT_FUND",
                "OPENING_STATE_CAPITAL")) {
            expected.put(zero, ZERO);
        }
        expected.put("GRAND_TOTAL_INCOME", REVENUE);
        expected.putAll(CLASS_TOTALS);
        expected.put("EXPENDITURE_TOTAL", REVENUE);
        for (String zero : List.of("CLOSING_BALANCE", "CLOSING_GENERAL_BUDGET", "CLOSING_GOVERNMENT_FUND",
                "CLOSING_STATE_CAPITAL")) {
            expected.put(zero, ZERO);
        }
        expected.put("GRAND_TOTAL_EXPENDITURE", REVENUE);
        expected.forEach((code, amount) -> {
            compare(table, code, "total", amount);
            compare(table, code, "generalBudget", amount);
            compare(table, code, "governmentFund", ZERO);
            compare(table, code, "stateCapital", ZERO);
        });
        classRows(table, List.of("total", "generalBudget"));
    }

    /** All 26 类 of the layout are rows; those not published are zero. */
    private void classRows(ReportTable table, List<String> columns) {
        List<String> classes = table.codes().stream().filter(code -> code.matches("[0-9]{3}")).toList();
        if (classes.size() != 26) {
            differences.note(table.id, "类", "has " + classes.size() + " 类 rows, the layout has 26");
        }
        for (String code : classes) {
            if (!CLASS_TOTALS.containsKey(code)) {
                columns.forEach(column -> compare(table, code, column, ZERO));
            }
        }
    }

    /** Tables 07 and 08: the unit has no government-fund or state-capital money. */
    private void noNonZeroFigure(String id) {
        ReportTable table = report(id);
        for (JsonNode row : table.rows()) {
            String code = row.get("code").asString();
            for (String column : table.columns()) {
                String cell = table.cell(code, column);
                if (cell != null && new BigDecimal(cell).signum() != 0) {
                    differences.compare(id, code, column, "0.00 or blank", cell);
                }
            }
        }
    }

    /**
     * 年初预算 vs 决算 per 项. The publication's 2101199 row is booked under 2100199, as tables
     * 02/03/05 book it (reference quirk 4); 2101102's initial budget was cut entirely;
     * the ledger books it on 2101103, the official code of its name 公务员医疗补助.
     */
    private void functionExecution(List<Map<String, String>> published) {
        ReportTable table = report("function-execution");
        Set<String> codes = new LinkedHashSet<>();
        for (Map<String, String> row : published) {
            String code = row.get("code").isEmpty() ? "TOTAL" : row.get("code").equals("2101199") ? "2100199"
                    : row.get("code").equals("2101102") ? "2101103" : row.get("code");
            codes.add(code);
            compare(table, code, "initial", row.get("initial_budget"));
            compare(table, code, "spent", row.get("final"));
        }
        compare(table, "2101103", "decreases", "223.15");
        compare(table, "2101103", "budget", ZERO);
        compare(table, "TOTAL", "initial", "20729.52");
        compare(table, "TOTAL", "spent", REVENUE);
        for (String code : table.codes()) {
            if (!codes.contains(code)) {
                differences.note("function-execution", code, "is not a published 项");
            }
        }
        for (String code : codes) {
            if (!table.has(code)) {
                differences.note("function-execution", code, "is missing");
            }
        }
    }

    /**
     * The 11 projects the self-evaluations name, found by name, and all 13 projects together.
     * 完成预算 % is computed from the amounts: 智能交通 is 342.40 of 400.00 = 85.60 %, where the
     * publication states 100 % (reference quirk 3).
     */
    private void projectExecution(List<Map<String, String>> published) {
        ReportTable table = report("project-execution");
        Map<String, String> codeByName = new LinkedHashMap<>();
        for (JsonNode row : table.rows()) {
            codeByName.put(row.get("name").asString(), row.get("code").asString());
        }
        BigDecimal namedSpent = BigDecimal.ZERO;
        for (Map<String, String> row : published) {
            String name = row.get("project");
            String code = codeByName.get(name);
            if (code == null) {
                differences.note("project-execution", name, "no project of that name");
                continue;
            }
            compareNamed(table, code, name, "initial", row.get("initial_budget"));
            compareNamed(table, code, name, "increases", row.get("mid_year_increase"));
            compareNamed(table, code, name, "decreases", row.get("mid_year_cut"));
            compareNamed(table, code, name, "budget", row.get("full_year_budget"));
            compareNamed(table, code, name, "spent", row.get("executed"));
            compareNamed(table, code, name, "executionPct", percent(row.get("executed"), row.get("full_year_budget")));
            namedSpent = namedSpent.add(new BigDecimal(table.cell(code, "spent")));
        }
        compareNamed(table, codeByName.get("智能交通系统运行维护经费"), "智能交通系统运行维护经费", "executionPct", "85.60");
        differences.compare("project-execution", "11 named projects", "spent", "6914.83", namedSpent.toPlainString());
        long projects = table.codes().stream().filter(code -> !code.equals("TOTAL")).count();
        differences.compare("project-execution", "projects", "count", "13", Long.toString(projects));
        compare(table, "TOTAL", "spent", "7941.35");
    }

    /** 三公: budget and actual per category and in total, and the statistics. */
    private void threePublic(List<Map<String, String>> published) {
        ReportTable table = report("three-public");
        for (Map<String, String> row : published) {
            String code = switch (row.get("economic_code")) {
                case "30212" -> "OVERSEAS_TRAVEL";
                case "30217" -> "RECEPTION";
                case "31013" -> "VEHICLE_PURCHASE";
                case "30231" -> "VEHICLE_OPERATION";
                default -> "TOTAL";
            };
            compare(table, code, "budget", row.get("budget"));
            compare(table, code, "actual", row.get("actual"));
        }
        compare(table, "TOTAL", "budget", "605.80");
        compare(table, "TOTAL", "actual", "414.99");
        compare(table, "RECEPTION", "receptionBatches", "26");
        compare(table, "RECEPTION", "receptionGuests", "220");
        compare(table, "VEHICLE_PURCHASE", "vehiclesPurchased", "5");
    }

    private ReportTable report(String id) {
        return ReportTable.fetch(http, demoPath(), id);
    }

    private void compare(ReportTable table, String code, String column, String expected) {
        differences.compare(table.id, code, column, expected, table.cell(code, column));
    }

    private void compareNamed(ReportTable table, String code, String name, String column, String expected) {
        differences.compare(table.id, code + " " + name, column, expected, table.cell(code, column));
    }

    /** The ledger's table has exactly the published rows (only non-zero rows, plus 合计). */
    private void sameRows(ReportTable table, List<Map<String, String>> published) {
        Set<String> codes = new LinkedHashSet<>();
        published.forEach(row -> codes.add(rowCode(row.get("code"))));
        for (String code : table.codes()) {
            if (!codes.contains(code)) {
                differences.note(table.id, code, "is not in the published table");
            }
        }
    }

    private static String rowCode(String publishedCode) {
        return publishedCode.isEmpty() ? "TOTAL" : publishedCode;
    }

    private static String percent(String part, String whole) {
        BigDecimal denominator = new BigDecimal(whole);
        if (denominator.signum() == 0) {
            return null;
        }
        return new BigDecimal(part).multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
