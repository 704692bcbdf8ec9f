package org.budgetledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportXlsxWriterTest {

    private final ReportBuilder builder = TestCatalogue.builder();
    private final ReportXlsxWriter writer = new ReportXlsxWriter();

    @Test
    void workbookOpensWithTitleUnitNameAndAmountUnit() throws IOException {
        try (XSSFWorkbook workbook = written(builder.build(ReportId.EXPENDITURE, ExampleUnit.open()))) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(workbook.getSheetName(0)).isEqualTo("03 支出决算表");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("支出决算表");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 7));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024年度");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("编制单位：测试市公安局交通警察支队");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("金额单位：万元");
            assertThat(texts(sheet.getRow(3))).containsExactly(
                    "科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
        }
    }

    @Test
    void figuresAreNumbersWithTwoDecimalsAndZeroFiguresAreBlank() throws IOException {
        try (XSSFWorkbook workbook = written(builder.build(ReportId.EXPENDITURE, ExampleUnit.open()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = sheet.getRow(4);
            Row administration = rowWithCode(sheet, "2040201");

            assertThat(total.getCell(0).getCellType()).as("summary codes are not printed").isEqualTo(CellType.BLANK);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(1746.27);
            assertThat(total.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(administration.getCell(1).getStringCellValue()).isEqualTo("行政运行");
            assertThat(administration.getCell(3).getNumericCellValue()).isEqualTo(122.00);
            assertThat(administration.getCell(4).getCellType()).as("no project spending").isEqualTo(CellType.BLANK);
            assertThat(administration.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void fiscalFundTableHasTheTwoLevelHeaderOfThePublishedTable() throws IOException {
        try (XSSFWorkbook workbook = written(builder.build(ReportId.GENERAL_BUDGET_EXPENDITURE, ExampleUnit.open()))) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("年初结转和结余");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("基本支出结转");
            assertThat(sheet.getRow(4).getCell(14).getStringCellValue()).isEqualTo("项目支出结余");
            assertThat(sheet.getMergedRegions()).contains(
                    new CellRangeAddress(3, 3, 2, 4), new CellRangeAddress(3, 3, 11, 14),
                    new CellRangeAddress(3, 4, 0, 0), new CellRangeAddress(3, 4, 1, 1));
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(11.00);
        }
    }

    @Test
    void absentPercentagesAreBlankAndTheRoundingNoteFollowsTheTable() throws IOException {
        Report report = builder.build(ReportId.FUNCTION_EXECUTION, ExampleUnit.open());
        try (XSSFWorkbook workbook = written(report)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row cut = rowWithCode(sheet, "2101102");

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年初预算与决算对比表（一般公共预算财政拨款）");
            assertThat(cut.getCell(2).getNumericCellValue()).isEqualTo(223.15);
            assertThat(cut.getCell(8).getCellType()).as("完成预算% of a zero budget").isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("注：本套报表金额单位转换时可能存在尾数误差。");
        }
    }

    @ParameterizedTest
    @EnumSource(ReportId.class)
    void everyTableRendersToAWorkbookWithAllItsRows(ReportId id) throws IOException {
        Report report = builder.build(id, ExampleUnit.closed());
        try (XSSFWorkbook workbook = written(report)) {
            Sheet sheet = workbook.getSheetAt(0);
            int headerRows = report.columns().stream().anyMatch(column -> column.group() != null) ? 2 : 1;

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith(report.title());
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(3 + headerRows + report.rows().size() + 1);
            if (!report.rows().isEmpty()) {
                // performance-project of a ledger without project targets has no row: its header and note remain.
                assertThat(sheet.getRow(3 + headerRows).getCell(1).getStringCellValue())
                        .isEqualTo(report.rows().get(0).name());
            }
        }
    }

    @Test
    void severalReportsMakeOneWorkbookWithASheetEachNamedByNumberAndTitle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(List.of(builder.build(ReportId.INCOME_EXPENDITURE_SUMMARY, ExampleUnit.open()),
                builder.build(ReportId.GENERAL_BUDGET_BASIC_BY_ECONOMIC, ExampleUnit.open()),
                builder.build(ReportId.FUNCTION_EXECUTION, ExampleUnit.open())), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("01 收入支出决算总表");
            assertThat(workbook.getSheetName(1)).isEqualTo("06 一般公共预算财政拨款基本支出决算明细表");
            assertThat(workbook.getSheetName(2)).isEqualTo("年初预算与决算对比表");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("一般公共预算财政拨款基本支出决算明细表");
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).startsWith("年初预算与决算对比表");
            assertThat(rowWithCode(workbook.getSheetAt(1), "30101")).as("the figures are on the sheet").isNotNull();
        }
    }

    private XSSFWorkbook written(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row rowWithCode(Sheet sheet, String code) {
        return IntStream.rangeClosed(0, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals(code))
                .findFirst().orElseThrow();
    }

    private static String[] texts(Row row) {
        return IntStream.range(0, row.getLastCellNum()).mapToObj(row::getCell).map(Cell::getStringCellValue)
                .toArray(String[]::new);
    }
}
