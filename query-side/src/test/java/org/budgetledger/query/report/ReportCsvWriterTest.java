package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.budgetledger.line.Fund;
import org.junit.jupiter.api.Test;

class ReportCsvWriterTest {

    private final ReportBuilder builder = TestCatalogue.builder();
    private final ReportCsvWriter writer = new ReportCsvWriter();

    @Test
    void csvHasAByteOrderMarkAHeaderOfLabelsAndOneRecordPerRow() {
        Report report = builder.build(ReportId.EXPENDITURE, Ledgers.ledger().with(
                Lines.basic(Fund.GENERAL_BUDGET, "2040201").initial("20000.00").spend("30201", "12345.67")));

        assertThat(writer.render(report)).isEqualTo("\uFEFF"
                + "code,name,本年支出合计,基本支出,项目支出,上缴上级支出,经营支出,对附属单位补助支出\r\n"
                + "TOTAL,合计,1.23,1.23,0.00,0.00,0.00,0.00\r\n"
                + "204,公共安全支出,1.23,1.23,0.00,0.00,0.00,0.00\r\n"
                + "20402,公安,1.23,1.23,0.00,0.00,0.00,0.00\r\n"
                + "2040201,行政运行,1.23,1.23,0.00,0.00,0.00,0.00\r\n");
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuotedAndAbsentPercentagesAreEmpty() {
        Report report = builder.build(ReportId.PROJECT_EXECUTION, Ledgers.ledger().with(
                Lines.project(Fund.GENERAL_BUDGET, "2040202", "P07", "护栏清洗,\"二期\"")
                        .increase("1000.00").decrease("1000.00")));

        assertThat(writer.render(report)).contains(
                "\r\nP07,\"护栏清洗,\"\"二期\"\"\",0.00,0.10,0.10,0.00,0.00,0.00,0.00,,\r\n");
    }

    @Test
    void writtenBytesAreUtf8WithTheByteOrderMark() {
        Report report = builder.build(ReportId.INCOME_EXPENDITURE_SUMMARY, ExampleUnit.open());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(report, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("INCOME_TOTAL,本年收入合计,1835.79\r\n");
        assertThat(writer.fileName(report)).isEqualTo("TEST-2024-01-income-expenditure-summary.csv");
    }
}
