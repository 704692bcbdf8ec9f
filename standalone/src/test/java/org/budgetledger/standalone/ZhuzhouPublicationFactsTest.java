package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's facts of the 情况说明: its 政府采购支出 and 一般性支出 tables give exactly the figures the
 * Zhuzhou seed publishes (sections 十, 十一, 十二), shares recomputed here from the amounts.
 */
class ZhuzhouPublicationFactsTest extends StandaloneTestSupport {

    @BeforeEach
    void demoLoaded() {
        loadDemoLedger();
    }

    @Test
    void procurementIsTheSeedsByMethodAndBySupplierSize() {
        ReportTable table = ReportTable.fetch(http, demoPath(), "procurement");

        assertThat(table.cell("TOTAL", "amount")).isEqualTo("4972.44");
        assertThat(table.cell("GOODS", "amount")).isEqualTo("2035.51");
        assertThat(table.cell("WORKS", "amount")).isEqualTo("223.84");
        assertThat(table.cell("SERVICES", "amount")).isEqualTo("2713.09");
        assertThat(table.cell("SME", "amount")).isEqualTo("3921.60");
        assertThat(table.cell("SME", "sharePct")).as("3921.60 / 4972.44; the seed rounds it to 78.9").isEqualTo("78.87");
        assertThat(table.cell("SMALL_MICRO", "amount")).isEqualTo("2593.63");
        assertThat(table.cell("SMALL_MICRO", "sharePct")).as("2593.63 / 4972.44; the seed prints 52.2").isEqualTo("52.16");
    }

    @Test
    void generalCostsAreTheSeedsBudgetsAndActuals() {
        ReportTable table = ReportTable.fetch(http, demoPath(), "general-costs");

        assertThat(table.cell("MEETING", "budget")).isEqualTo("9.00");
        assertThat(table.cell("MEETING", "spent")).as("0.82 basic (table 06) + 0.56 project; the seed prints 1.39")
                .isEqualTo("1.38");
        assertThat(table.cell("TRAINING", "budget")).isEqualTo("40.00");
        assertThat(table.cell("TRAINING", "spent")).isEqualTo("40.00");
        assertThat(table.cell("TRAINING", "executionPct")).isEqualTo("100.00");
        assertThat(table.cell("OPERATING_COSTS", "spent")).isEqualTo("3351.92")
                .isEqualTo(ReportTable.fetch(http, demoPath(), "06").cell("PUBLIC_TOTAL", "amount"));
        assertThat(table.cell("OPERATING_COSTS", "budget")).isEqualTo("2064.58");
        assertThat(table.cell("OPERATING_COSTS", "priorYear")).as("2022 is not in the books: the PRIOR_YEAR statement")
                .isEqualTo("8268.88");
    }
}
