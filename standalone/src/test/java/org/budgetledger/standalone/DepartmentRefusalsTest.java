package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the department registry refuses, and who reads what: a department's tables need a grant on
 * the department (or on *); a grant on a department reads its members' ledgers and nothing else.
 * Uses the department DPT of {@link DepartmentConsolidationTest} (DPT-P, DPT-A, DPT-B; DPT-X outside).
 */
class DepartmentRefusalsTest extends StandaloneTestSupport {

    private static final String PATH = DepartmentConsolidationTest.PATH;

    @BeforeEach
    void department() {
        DepartmentConsolidationTest.bookOnce(http, projections);
    }

    @Test
    void aDepartmentWithAUnitThatHasNoLedgerIsRefused() {
        Http.Answer answer = DepartmentSupport.put(admin(), "DPT-NEW", "新部门", 2023, "DPT-X", "DPT-NOPE");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("UNKNOWN_UNIT");
        assertThat(answer.json().get("detail").asString()).contains("DPT-NOPE").doesNotContain("DPT-X,");
    }

    @Test
    void aUnitAlreadyInAnotherDepartmentThatYearIsRefused() {
        Http.Answer sameYear = DepartmentSupport.put(admin(), "DPT-OTHER", "另一部门", 2023, DepartmentConsolidationTest.SUBSIDISED);
        assertThat(sameYear.status()).isEqualTo(409);
        assertThat(sameYear.json().get("code").asString()).isEqualTo("UNIT_IN_OTHER_DEPARTMENT");
        assertThat(sameYear.json().get("detail").asString()).contains("DPT-A").contains("DPT").contains("2023");
        // From a later year too: DPT holds DPT-A from 2023 on, for every year after until it changes.
        Http.Answer laterYear = DepartmentSupport.put(admin(), "DPT-OTHER", "另一部门", 2025, DepartmentConsolidationTest.SUBSIDISED);
        assertThat(laterYear.status()).isEqualTo(409);
        // Nothing was recorded: the other department does not exist.
        Http auditor = TestUsers.ensure(http, "dpt-everywhere-auditor", "*:AUDITOR");
        assertThat(auditor.get("/api/v1/departments/DPT-OTHER/2023/reports").status()).isEqualTo(404);
    }

    @Test
    void aDepartmentCanBeGivenAUnitFromTheYearItsFormerDepartmentLetsItGo() {
        DepartmentSupport.define(http, projections, "DPT-OUT", "部门外", 2023, "DPT-X");
        // DPT-X moves to DPT-MOVE from 2024: DPT-OUT lets it go from 2024 first.
        Http.Answer refused = DepartmentSupport.put(admin(), "DPT-MOVE", "新部门", 2024, "DPT-X");
        assertThat(refused.json().get("code").asString()).isEqualTo("UNIT_IN_OTHER_DEPARTMENT");
        DepartmentSupport.define(http, projections, "DPT-OUT", "部门外", 2024);
        JsonNode moved = DepartmentSupport.define(http, projections, "DPT-MOVE", "新部门", 2024, "DPT-X");
        assertThat(moved.get("changed").asBoolean()).isTrue();
        Http auditor = TestUsers.ensure(http, "dpt-everywhere-auditor", "*:AUDITOR");
        // 2023 still has DPT-X in DPT-OUT; 2024 in DPT-MOVE (whose 2024 ledger does not exist: the tables say so)
        JsonNode out2023 = auditor.getJson("/api/v1/departments/DPT-OUT/2023/reports");
        assertThat(out2023.get("members").get(0).get("unitCode").asString()).isEqualTo("DPT-X");
        Http.Answer move2024 = auditor.get("/api/v1/departments/DPT-MOVE/2024/reports");
        assertThat(move2024.status()).isEqualTo(404);
        assertThat(move2024.json().get("code").asString()).isEqualTo("LEDGER_NOT_FOUND");
        assertThat(move2024.json().get("detail").asString()).contains("DPT-X/2024");
        // Setting what is already so records nothing.
        JsonNode again = DepartmentSupport.define(http, projections, "DPT-MOVE", "新部门", 2024, "DPT-X");
        assertThat(again.get("changed").asBoolean()).isFalse();
        assertThat(again.get("sequence").asLong()).isEqualTo(moved.get("sequence").asLong());
    }

    @Test
    void onlyAnApproverOfEveryUnitOrAnAdministratorDefinesADepartment() {
        Http unitApprover = TestUsers.ensure(http, "dpt-p-approver", DepartmentConsolidationTest.PARENT + ":APPROVER");
        Http.Answer answer = DepartmentSupport.put(unitApprover, "DPT-SELF", "自设部门", 2023, DepartmentConsolidationTest.PARENT);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asString()).isEqualTo("FORBIDDEN");
        Http approverEverywhere = TestUsers.ensure(http, "dpt-approver-everywhere", "*:APPROVER");
        assertThat(DepartmentSupport.put(approverEverywhere, "DPT", "测试主管部门", 2023,
                DepartmentConsolidationTest.PARENT, DepartmentConsolidationTest.SUBSIDISED, DepartmentConsolidationTest.REMITTING)
                .json().get("changed").asBoolean()).isFalse();
    }

    @Test
    void aDepartmentCodeMustNotBeAUnitsCode() {
        Http.Answer answer = DepartmentSupport.put(admin(), "DPT-X", "同名", 2023, DepartmentConsolidationTest.PARENT);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void aCounterpartyIsOnlyForRevenueFromAnotherBudgetUnit() {
        Http approver = TestUsers.ensure(http, "dpt-a-approver", DepartmentConsolidationTest.SUBSIDISED + ":APPROVER");
        Http.Answer business = approver.postJson("/api/v1/ledgers/DPT-A/2023/revenues", """
                {"requestId":"cp-1","line":{"fund":"UNIT_FUNDS","functionCode":"2040201","nature":"BASIC"},
                 "revenueType":"BUSINESS","amount":"10.00","effectiveDate":"2023-05-01","voucherNo":"CP-1","counterpartyUnit":"DPT-P"}""");
        assertThat(business.status()).isEqualTo(400);
        assertThat(business.json().get("errors").get(0).get("field").asString()).isEqualTo("counterpartyUnit");
        Http.Answer itself = approver.postJson("/api/v1/ledgers/DPT-A/2023/expenditures", """
                {"requestId":"cp-2","line":{"fund":"UNIT_FUNDS","functionCode":"2040201","nature":"BASIC"},
                 "economicCode":"30201","amount":"10.00","effectiveDate":"2023-05-01","voucherNo":"CP-2","counterpartyUnit":"DPT-A"}""");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.json().get("errors").get(0).get("field").asString()).isEqualTo("counterpartyUnit");
    }

    @Test
    void aGrantOnTheDepartmentReadsItsMembersLedgersAndNothingElse() {
        Http viewer = TestUsers.ensure(http, "dpt-viewer", "DPT:VIEWER");
        assertThat(viewer.get("/api/v1/ledgers/DPT-A/2023/reports/01").status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/ledgers/DPT-B/2023/lines").status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/ledgers/DPT-X/2023/reports/01").status()).isEqualTo(404);
        Http.Answer history = viewer.get("/api/v1/ledgers/DPT-A/2023/history");
        assertThat(history.status()).isEqualTo(403);
        Http.Answer spend = viewer.postJson("/api/v1/ledgers/DPT-A/2023/expenditures", """
                {"requestId":"dv-1","line":{"fund":"UNIT_FUNDS","functionCode":"2040201","nature":"BASIC"},
                 "economicCode":"30201","amount":"10.00","effectiveDate":"2023-05-01","voucherNo":"DV-1"}""");
        assertThat(spend.status()).isEqualTo(403);
        List<String> listed = new ArrayList<>();
        viewer.getJson("/api/v1/ledgers").get("ledgers").forEach(ledger -> listed.add(ledger.get("unitCode").asString()));
        assertThat(listed).containsExactlyInAnyOrder("DPT-P", "DPT-A", "DPT-B");
    }

    @Test
    void aDepartmentsTablesNeedAGrantOnTheDepartment() {
        Http unitViewer = TestUsers.ensure(http, "dpt-a-viewer", "DPT-A:VIEWER");
        Http.Answer refused = unitViewer.get(PATH + "/reports/01");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asString()).isEqualTo("DEPARTMENT_NOT_FOUND");
        Http viewer = TestUsers.ensure(http, "dpt-viewer", "DPT:VIEWER");
        Http.Answer knownAt = viewer.get(PATH + "/reports/01?knownAt=2030-01-01T00:00:00Z");
        assertThat(knownAt.status()).isEqualTo(403);
        Http auditor = TestUsers.ensure(http, "dpt-auditor", "DPT:AUDITOR");
        assertThat(auditor.get(PATH + "/reports/01?knownAt=2030-01-01T00:00:00Z").status()).isEqualTo(200);
        // Known before the department existed, it has no members and so no tables.
        assertThat(auditor.get(PATH + "/reports/01?knownAt=2000-01-01T00:00:00Z").json().get("code").asString())
                .isEqualTo("DEPARTMENT_NOT_FOUND");
    }

    private Http admin() {
        return http.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }
}
