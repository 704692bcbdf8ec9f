package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreePublicTableTest {

    private final ReportBuilder builder = TestCatalogue.builder();

    @Test
    void actualsCountFiscalBasicAndProjectSpendingButNotUnitFunds() {
        Report table = builder.build(ReportId.THREE_PUBLIC, ExampleUnit.open());

        assertThat(table.rows()).extracting(ReportRow::code).containsExactly(
                "TOTAL", "OVERSEAS_TRAVEL", "VEHICLES", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION");
        assertThat(table.row("RECEPTION").orElseThrow().cell("actual"))
                .as("2.00 basic (table 06) + 0.64 project").isEqualTo("2.64");
        assertThat(table.row("VEHICLE_OPERATION").orElseThrow().cell("actual")).isEqualTo("20.00");
        assertThat(table.row("VEHICLES").orElseThrow().cell("actual")).isEqualTo("20.00");
        assertThat(table.row("TOTAL").orElseThrow().cell("actual")).isEqualTo("22.64");
    }

    @Test
    void budgetsNeverSetCountAsZero() {
        Report table = builder.build(ReportId.THREE_PUBLIC, ExampleUnit.open());

        assertThat(table.row("OVERSEAS_TRAVEL").orElseThrow().cell("budget")).isEqualTo("0.00");
        assertThat(table.row("RECEPTION").orElseThrow().cell("budget")).isEqualTo("10.00");
        assertThat(table.row("VEHICLES").orElseThrow().cell("budget")).isEqualTo("38.68");
        assertThat(table.row("TOTAL").orElseThrow().cell("budget")).isEqualTo("48.68");
    }

    @Test
    void statisticsAppearOnlyOnTheRowTheyDescribe() {
        Report table = builder.build(ReportId.THREE_PUBLIC, ExampleUnit.open());

        ReportRow reception = table.row("RECEPTION").orElseThrow();
        assertThat(reception.cell("receptionBatches")).isEqualTo("26");
        assertThat(reception.cell("receptionGuests")).isEqualTo("220");
        assertThat(reception.cell("vehiclesPurchased")).isNull();
        assertThat(table.row("VEHICLE_PURCHASE").orElseThrow().cells())
                .containsEntry("vehiclesPurchased", "0").containsEntry("receptionBatches", null);
        assertThat(table.row("TOTAL").orElseThrow().cells())
                .containsEntry("receptionBatches", null).containsEntry("vehiclesPurchased", null);
    }
}
