package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.query.entries.ProjectionPositions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A department of three units: the parent DPT-P (本级) pays a subsidy of 150,000.00 to its
 * subordinate DPT-A, and the subordinate DPT-B remits 80,000.00 to the parent; DPT-A also
 * receives 20,000.00 from DPT-X, a unit outside the department. Each unit's books are kept by
 * its own APPROVER; the department's tables are read by a user whose only grant is VIEWER on the
 * department. Every figure asserted is computed by hand below from the entries.
 */
public class DepartmentConsolidationTest extends StandaloneTestSupport {

    public static final String DEPARTMENT = "DPT";
    public static final String PARENT = "DPT-P";
    public static final String SUBSIDISED = "DPT-A";
    public static final String REMITTING = "DPT-B";
    public static final String OUTSIDER = "DPT-X";
    public static final int YEAR = 2023;
    public static final String PATH = "/api/v1/departments/" + DEPARTMENT + "/" + YEAR;

    private static boolean booked;

    private Http viewer;

    @BeforeEach
    void bookTheThreeUnits() {
        bookOnce(http, projections);
        viewer = TestUsers.ensure(http, "dpt-viewer", DEPARTMENT + ":VIEWER");
    }

    /** Books the four units and defines the department, once per test JVM (other department tests use them too). */
    public static synchronized void bookOnce(Http http, ProjectionPositions projections) {
        if (!booked) {
            book(http, projections);
            booked = true;
        }
    }

    private static void book(Http http, ProjectionPositions projections) {
        Map<String, Object> basic = LedgerScenario.basicLine("2040201");
        Map<String, Object> unitFunds = LedgerScenario.unitFundsLine("2040201", "BASIC", null, null);
        Map<String, Object> project = LedgerScenario.projectLine("2040202", "P01", "交通设施维护");

        LedgerScenario outsider = new LedgerScenario(TestUsers.ensure(http, "dpt-x-approver", OUTSIDER + ":APPROVER"), OUTSIDER, YEAR);
        outsider.open("部门外单位");

        LedgerScenario parent = new LedgerScenario(TestUsers.ensure(http, "dpt-p-approver", PARENT + ":APPROVER"), PARENT, YEAR);
        parent.open("主管部门本级");
        parent.appropriate(basic, "1000000.00", "预-P1", "2023-01-10");
        parent.spend(basic, "30101", "600000.00", "P-1", "2023-02-01");
        parent.spendTo(SUBSIDISED, basic, "39999", "150000.00", "P-2", "2023-03-01");
        parent.receiveFrom(REMITTING, unitFunds, "AFFILIATED_REMITTANCE", "80000.00", "P-R1", "2023-06-10");
        parent.spend(unitFunds, "30201", "50000.00", "P-3", "2023-07-01");

        LedgerScenario subsidised = new LedgerScenario(TestUsers.ensure(http, "dpt-a-approver", SUBSIDISED + ":APPROVER"),
                SUBSIDISED, YEAR);
        subsidised.open("下属单位甲");
        subsidised.receiveFrom(PARENT, unitFunds, "HIGHER_LEVEL_SUBSIDY", "150000.00", "A-R1", "2023-03-02");
        subsidised.receiveFrom(OUTSIDER, unitFunds, "HIGHER_LEVEL_SUBSIDY", "20000.00", "A-R2", "2023-04-01");
        subsidised.spend(unitFunds, "30201", "100000.00", "A-1", "2023-05-01");
        subsidised.appropriate(project, "300000.00", "预-A1", "2023-01-10");
        subsidised.spend(project, "31002", "250000.00", "A-2", "2023-08-01");

        LedgerScenario remitting = new LedgerScenario(TestUsers.ensure(http, "dpt-b-approver", REMITTING + ":APPROVER"),
                REMITTING, YEAR);
        remitting.open("下属单位乙");
        remitting.appropriate(basic, "500000.00", "预-B1", "2023-01-10");
        remitting.spend(basic, "30101", "300000.00", "B-1", "2023-02-01");
        remitting.receive(unitFunds, "BUSINESS", "120000.00", "B-R1", "2023-04-01");
        remitting.spendTo(PARENT, unitFunds, "39999", "80000.00", "B-2", "2023-06-09");
        remitting.spend(unitFunds, "30201", "10000.00", "B-3", "2023-06-20");
        // a remittance booked twice and reversed: the pair nets it out
        remitting.spendTo(PARENT, unitFunds, "39999", "5000.00", "B-2a", "2023-06-21");
        remitting.reverse("B-2a", "重复上缴", "2023-06-22");
        // an ordinary expenditure reversed: no counterparty to carry
        remitting.spend(unitFunds, "30201", "700.00", "B-3a", "2023-06-23");
        remitting.reverse("B-3a", "错误入账", "2023-06-24");
        remitting.appropriate(project, "200000.00", "预-B2", "2023-01-10");
        remitting.spend(project, "30213", "100000.00", "B-4", "2023-09-01");

        for (LedgerScenario unit : List.of(outsider, parent, subsidised, remitting)) {
            DemoLedger.awaitReadSide(projections, unit.unit, unit.year, unit.sequence);
        }
        DepartmentSupport.define(http, projections, DEPARTMENT, "测试主管部门", YEAR, PARENT, SUBSIDISED, REMITTING);
    }

    @Test
    void theSummaryTableCountsEachTransferBetweenMembersOnce() {
        ReportTable t01 = ReportTable.fetch(viewer, PATH, "01");
        assertThat(t01.json.get("ledger").asString()).isEqualTo("DPT/2023");
        assertThat(t01.json.get("unitName").asString()).isEqualTo("测试主管部门");
        // 1,000,000 + 300,000 + 700,000 of fiscal income
        assertThat(t01.cell("INCOME_GENERAL_BUDGET", "amount")).isEqualTo("200.00");
        // 150,000 from the parent (eliminated) + 20,000 from outside (kept)
        assertThat(t01.cell("INCOME_HIGHER_LEVEL_SUBSIDY", "amount")).isEqualTo("2.00");
        assertThat(t01.cell("INCOME_BUSINESS", "amount")).isEqualTo("12.00");
        // 80,000 from DPT-B, a member: eliminated
        assertThat(t01.cell("INCOME_AFFILIATED_REMITTANCE", "amount")).isEqualTo("0.00");
        assertThat(t01.cell("INCOME_TOTAL", "amount")).isEqualTo("214.00");
        // 800,000 + 350,000 + 490,000 spent, less the two transfers (230,000)
        assertThat(t01.cell("204", "amount")).isEqualTo("141.00");
        assertThat(t01.cell("EXPENDITURE_TOTAL", "amount")).isEqualTo("141.00");
        // every member's own balance: 280,000 + 120,000 + 330,000; eliminations leave balances alone
        assertThat(t01.cell("CLOSING_BALANCE", "amount")).isEqualTo("73.00");
        assertThat(t01.cell("GRAND_TOTAL_INCOME", "amount")).isEqualTo("214.00");
        assertThat(t01.cell("GRAND_TOTAL_EXPENDITURE", "amount")).isEqualTo("214.00");
    }

    @Test
    void incomeAndExpenditureTablesHaveTheEliminationsOnTheirOwnRowsAndColumns() {
        ReportTable t02 = ReportTable.fetch(viewer, PATH, "income");
        assertThat(t02.cell("TOTAL", "total")).isEqualTo("214.00");
        assertThat(t02.cell("TOTAL", "fiscal")).isEqualTo("200.00");
        assertThat(t02.cell("TOTAL", "higherLevelSubsidy")).isEqualTo("2.00");
        assertThat(t02.cell("TOTAL", "business")).isEqualTo("12.00");
        assertThat(t02.cell("TOTAL", "affiliatedRemittance")).isEqualTo("0.00");
        assertThat(t02.cell("2040201", "higherLevelSubsidy")).isEqualTo("2.00");

        ReportTable t03 = ReportTable.fetch(viewer, PATH, "03");
        assertThat(t03.cell("TOTAL", "total")).isEqualTo("141.00");
        // basic 1,290,000 less the two transfers, both paid from basic lines
        assertThat(t03.cell("TOTAL", "basic")).isEqualTo("106.00");
        assertThat(t03.cell("TOTAL", "project")).isEqualTo("35.00");
        assertThat(t03.cell("2040202", "project")).isEqualTo("35.00");
    }

    @Test
    void fiscalTablesAreThePlainSumOfTheMembers() {
        ReportTable t04 = ReportTable.fetch(viewer, PATH, "04");
        assertThat(t04.cell("INCOME_TOTAL", "generalBudget")).isEqualTo("200.00");
        // the parent's subsidy was paid from its fiscal line and stays fiscal spending: 750,000 + 250,000 + 400,000
        assertThat(t04.cell("EXPENDITURE_TOTAL", "generalBudget")).isEqualTo("140.00");
        ReportTable t05 = ReportTable.fetch(viewer, PATH, "05");
        assertThat(t05.cell("TOTAL", "expenditureBasic")).isEqualTo("105.00");
        assertThat(t05.cell("TOTAL", "expenditureProject")).isEqualTo("35.00");
        assertThat(t05.cell("TOTAL", "closingTotal")).isEqualTo("60.00");
        ReportTable t06 = ReportTable.fetch(viewer, PATH, "06");
        assertThat(t06.cell("30101", "amount")).isEqualTo("90.00");
        assertThat(t06.cell("39999", "amount")).isEqualTo("15.00");
        assertThat(t06.cell("PERSONNEL_TOTAL", "amount")).isEqualTo("90.00");
        assertThat(t06.cell("PUBLIC_TOTAL", "amount")).isEqualTo("15.00");
        // both subordinates call their project P01: the department keeps them apart
        ReportTable projects = ReportTable.fetch(viewer, PATH, "project-execution");
        assertThat(projects.cell("DPT-A/P01", "budget")).isEqualTo("30.00");
        assertThat(projects.cell("DPT-A/P01", "spent")).isEqualTo("25.00");
        assertThat(projects.cell("DPT-B/P01", "budget")).isEqualTo("20.00");
        assertThat(projects.cell("DPT-B/P01", "executionPct")).isEqualTo("50.00");
    }

    @Test
    void everyCellOfEveryTableIsTheSumOfTheMembersLessTheEliminations() {
        Http unitReader = TestUsers.ensure(http, "dpt-all-viewer", PARENT + ":VIEWER", SUBSIDISED + ":VIEWER", REMITTING + ":VIEWER");
        // What the eliminations take off table 01 (万元): 150,000 of subsidy and 80,000 of remittance, on both sides.
        Map<String, BigDecimal> eliminated01 = Map.of("INCOME_HIGHER_LEVEL_SUBSIDY", new BigDecimal("15.00"),
                "INCOME_AFFILIATED_REMITTANCE", new BigDecimal("8.00"), "INCOME_TOTAL", new BigDecimal("23.00"),
                "GRAND_TOTAL_INCOME", new BigDecimal("23.00"), "204", new BigDecimal("23.00"),
                "EXPENDITURE_TOTAL", new BigDecimal("23.00"), "GRAND_TOTAL_EXPENDITURE", new BigDecimal("23.00"));
        List<String> differences = new ArrayList<>();
        for (String id : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "function-execution")) {
            ReportTable department = ReportTable.fetch(viewer, PATH, id);
            Map<String, Map<String, BigDecimal>> sum = new LinkedHashMap<>();
            for (String unit : List.of(PARENT, SUBSIDISED, REMITTING)) {
                ReportTable member = ReportTable.fetch(unitReader, "/api/v1/ledgers/" + unit + "/" + YEAR, id);
                for (JsonNode row : member.json.get("rows")) {
                    Map<String, BigDecimal> cells = sum.computeIfAbsent(row.get("code").asString(), code -> new LinkedHashMap<>());
                    amountColumns(member).forEach(column -> cells.merge(column, new BigDecimal(row.get("cells").get(column).asString()),
                            BigDecimal::add));
                }
            }
            if (id.equals("02")) {
                eliminatedFrom02(sum);
            }
            if (id.equals("03")) {
                eliminatedFrom03(sum);
            }
            for (JsonNode row : department.json.get("rows")) {
                String code = row.get("code").asString();
                for (String column : amountColumns(department)) {
                    BigDecimal expected = sum.getOrDefault(code, Map.of()).getOrDefault(column, BigDecimal.ZERO.setScale(2));
                    if (id.equals("01")) {
                        expected = expected.subtract(eliminated01.getOrDefault(code, BigDecimal.ZERO));
                    }
                    BigDecimal actual = new BigDecimal(row.get("cells").get(column).asString());
                    if (expected.compareTo(actual) != 0) {
                        differences.add(id + " " + code + " " + column + ": expected " + expected + ", found " + actual);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    /** 02: the subsidy and the remittance were received on UNIT_FUNDS 2040201 (and roll up into 20402, 204). */
    private static void eliminatedFrom02(Map<String, Map<String, BigDecimal>> sum) {
        for (String code : List.of("TOTAL", "204", "20402", "2040201")) {
            Map<String, BigDecimal> cells = sum.get(code);
            cells.merge("total", new BigDecimal("-23.00"), BigDecimal::add);
            cells.merge("higherLevelSubsidy", new BigDecimal("-15.00"), BigDecimal::add);
            cells.merge("affiliatedRemittance", new BigDecimal("-8.00"), BigDecimal::add);
        }
    }

    /** 03: both transfers were paid from basic 2040201 lines. */
    private static void eliminatedFrom03(Map<String, Map<String, BigDecimal>> sum) {
        for (String code : List.of("TOTAL", "204", "20402", "2040201")) {
            Map<String, BigDecimal> cells = sum.get(code);
            cells.merge("total", new BigDecimal("-23.00"), BigDecimal::add);
            cells.merge("basic", new BigDecimal("-23.00"), BigDecimal::add);
        }
    }

    private static List<String> amountColumns(ReportTable table) {
        List<String> columns = new ArrayList<>();
        for (JsonNode column : table.json.get("columns")) {
            String key = column.get("key").asString();
            boolean isAmount = !key.endsWith("Pct") && !key.equals("receptionBatches") && !key.equals("receptionGuests")
                    && !key.equals("vehiclesPurchased");
            if (isAmount) {
                columns.add(key);
            }
        }
        return columns;
    }

    @Test
    void theEliminationsListWhatWasRemovedAndWhatWasKept() {
        JsonNode answer = viewer.getJson(PATH + "/eliminations");
        assertThat(answer.get("eliminatedTotal").asString()).isEqualTo("230000.00");
        List<String> pairs = new ArrayList<>();
        answer.get("pairs").forEach(pair -> pairs.add(pair.get("payer").asString() + "→" + pair.get("receiver").asString() + " "
                + pair.get("revenueTypes").get(0).asString() + " revenue " + text(pair.get("revenue")) + " expenditure "
                + text(pair.get("expenditure")) + " eliminated " + pair.get("eliminated").asString() + " "
                + pair.get("status").asString()));
        assertThat(pairs).containsExactly(
                "DPT-B→DPT-P AFFILIATED_REMITTANCE revenue 80000.00 expenditure 80000.00 eliminated 80000.00 ELIMINATED",
                "DPT-P→DPT-A HIGHER_LEVEL_SUBSIDY revenue 150000.00 expenditure 150000.00 eliminated 150000.00 ELIMINATED",
                "DPT-X→DPT-A HIGHER_LEVEL_SUBSIDY revenue 20000.00 expenditure null eliminated 0.00 COUNTERPARTY_NOT_MEMBER");
    }

    @Test
    void theBreakdownByUnitShowsEachMembersShareOfEveryRowOfTable01() {
        JsonNode answer = viewer.getJson(PATH + "/units");
        List<String> columns = new ArrayList<>();
        answer.get("columns").forEach(column -> columns.add(column.asString()));
        assertThat(columns).containsExactly(PARENT, SUBSIDISED, REMITTING, "eliminations", "department");
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        answer.get("rows").forEach(row -> rows.put(row.get("code").asString(), row.get("cells")));
        assertThat(cells(rows.get("INCOME_HIGHER_LEVEL_SUBSIDY"), columns)).containsExactly("0.00", "17.00", "0.00", "-15.00", "2.00");
        assertThat(cells(rows.get("INCOME_AFFILIATED_REMITTANCE"), columns)).containsExactly("8.00", "0.00", "0.00", "-8.00", "0.00");
        assertThat(cells(rows.get("EXPENDITURE_TOTAL"), columns)).containsExactly("80.00", "35.00", "49.00", "-23.00", "141.00");
        assertThat(cells(rows.get("CLOSING_BALANCE"), columns)).containsExactly("28.00", "12.00", "33.00", "0.00", "73.00");
    }

    @Test
    void everyConsistencyCheckHoldsOnTheDepartment() {
        JsonNode answer = viewer.getJson(PATH + "/checks");
        List<String> failed = new ArrayList<>();
        answer.get("checks").forEach(check -> {
            if (!check.get("passed").asBoolean()) {
                failed.add(check.get("name").asString() + ": " + check.get("detail").asString());
            }
        });
        assertThat(answer.get("checks").size()).isGreaterThanOrEqualTo(13);
        assertThat(failed).isEmpty();
        assertThat(answer.get("passed").asBoolean()).isTrue();
    }

    @Test
    void asOfADayBeforeTheRemittanceWasReceivedThePairIsKeptAsUnmatched() {
        // DPT-B paid on 9 June, the parent booked the receipt on 10 June.
        JsonNode answer = viewer.getJson(PATH + "/eliminations?asOf=2023-06-09");
        assertThat(answer.get("eliminatedTotal").asString()).isEqualTo("150000.00");
        JsonNode remittance = answer.get("pairs").get(0);
        assertThat(remittance.get("payer").asString()).isEqualTo(REMITTING);
        assertThat(remittance.get("status").asString()).isEqualTo("AMOUNTS_DIFFER");
        assertThat(remittance.get("revenue").asString()).isEqualTo("0.00");
        assertThat(remittance.get("expenditure").asString()).isEqualTo("80000.00");
        ReportTable t01 = ReportTable.fetch(viewer, PATH, "01", "asOf=2023-06-09");
        // spent by then: 600,000 + 150,000 + 100,000 + 300,000 + 80,000; only the subsidy, which DPT-A had booked, comes off

        assertThat(t01.cell("EXPENDITURE_TOTAL", "amount")).isEqualTo("108.00");
        assertThat(t01.cell("GRAND_TOTAL_INCOME", "amount")).isEqualTo(t01.cell("GRAND_TOTAL_EXPENDITURE", "amount"));
    }

    private static List<String> cells(JsonNode cells, List<String> columns) {
        return columns.stream().map(column -> cells.get(column).asString()).toList();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asString();
    }
}
