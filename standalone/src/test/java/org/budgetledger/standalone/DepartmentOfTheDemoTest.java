package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Zhuzhou detachment publishes its 部门决算 as a department of one unit, itself. Its department
 * must equal the unit's own tables cell by cell, nothing eliminated, every check passing.
 */
class DepartmentOfTheDemoTest extends StandaloneTestSupport {

    @Test
    void theDepartmentOfTheDetachmentAloneEqualsItsOwnTablesCellByCell() {
        loadDemoLedger();
        DepartmentSupport.define(http, projections, "ZZJJ-DEPT", "株洲市公安局交通警察支队", DEMO_YEAR, DEMO_UNIT);
        Http departmentViewer = TestUsers.ensure(http, "zzjj-dept-viewer", "ZZJJ-DEPT:VIEWER");
        String department = "/api/v1/departments/ZZJJ-DEPT/" + DEMO_YEAR;
        JsonNode list = departmentViewer.getJson(department + "/reports");
        assertThat(list.get("reports").size()).isEqualTo(12);
        for (JsonNode entry : list.get("reports")) {
            String id = entry.get("id").asString();
            JsonNode own = departmentViewer.getJson(DemoLedger.PATH + "/reports/" + id);
            JsonNode consolidated = departmentViewer.getJson(department + "/reports/" + id);
            assertThat(consolidated.get("columns")).as(id).isEqualTo(own.get("columns"));
            assertThat(consolidated.get("rows")).as("rows of %s", id).isEqualTo(own.get("rows"));
        }
        for (String fund : List.of("GOVERNMENT_FUND", "UNIT_FUNDS")) {
            assertThat(departmentViewer.getJson(department + "/reports/function-execution?fund=" + fund).get("rows"))
                    .isEqualTo(departmentViewer.getJson(DemoLedger.PATH + "/reports/function-execution?fund=" + fund).get("rows"));
        }
        assertThat(departmentViewer.getJson(department + "/eliminations").get("pairs")).isEmpty();
        assertThat(departmentViewer.getJson(department + "/checks").get("passed").asBoolean()).isTrue();
        JsonNode units = departmentViewer.getJson(department + "/units");
        for (JsonNode row : units.get("rows")) {
            assertThat(row.get("cells").get(DEMO_UNIT)).as(row.get("code").asString()).isEqualTo(row.get("cells").get("department"));
            assertThat(row.get("cells").get("eliminations").asString()).isEqualTo("0.00");
        }
        // The demo's 2023 tables: 支出总计 22131.98 万元, as the publication prints it.
        assertThat(ReportTable.fetch(departmentViewer, department, "01").cell("EXPENDITURE_TOTAL", "amount")).isEqualTo("22131.98");
    }
}
