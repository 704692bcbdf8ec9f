package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.line.Fund;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON a web layer writes with Spring Boot's Jackson, checked against the HTTP contract. */
class ReportJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void reportSerialisesToTheContractShapeWithCellsInColumnOrder() {
        Report report = TestCatalogue.builder().build(ReportId.EXPENDITURE, Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("20000.00").spend("30201", "12345.67")));

        JsonNode json = mapper.readTree(mapper.writeValueAsString(report));

        assertThat(json.get("ledger").asString()).isEqualTo("TEST/2024");
        assertThat(json.get("report").asString()).isEqualTo("expenditure");
        assertThat(json.get("number").asString()).isEqualTo("03");
        assertThat(json.get("title").asString()).isEqualTo("支出决算表");
        assertThat(json.get("amountUnit").asString()).isEqualTo("万元");
        assertThat(json.get("sequence").asLong()).isEqualTo(42);
        assertThat(json.get("asOf").isNull()).isTrue();
        JsonNode column = json.get("columns").get(0);
        assertThat(column.get("key").asString()).isEqualTo("total");
        assertThat(column.get("label").asString()).isEqualTo("本年支出合计");
        assertThat(column.has("heading")).isFalse();
        JsonNode total = json.get("rows").get(0);
        assertThat(total.get("code").asString()).isEqualTo("TOTAL");
        assertThat(total.get("name").asString()).isEqualTo("合计");
        assertThat(total.get("level").asInt()).isZero();
        assertThat(total.get("cells").propertyNames()).containsExactly(
                "total", "basic", "project", "remittanceToHigherLevel", "operating", "subsidyToAffiliates");
        assertThat(total.get("cells").get("total").asString()).isEqualTo("1.23");
    }

    @Test
    void absentPercentageIsWrittenAsNull() {
        Report report = TestCatalogue.builder().build(ReportId.FUNCTION_EXECUTION, ExampleUnit.open());

        JsonNode json = mapper.readTree(mapper.writeValueAsString(report));

        JsonNode cut = json.get("rows").get(5);
        assertThat(cut.get("code").asString()).isEqualTo("2101102");
        assertThat(cut.get("cells").get("executionPct").isNull()).isTrue();
        assertThat(cut.get("cells").get("initialExecutionPct").asString()).isEqualTo("0.00");
        assertThat(json.get("fund").asString()).isEqualTo("GENERAL_BUDGET");
    }
}
