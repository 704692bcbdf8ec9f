package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetledger.standalone.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The entry forms no other browser test drives: revenue, a cut, a reversal, a 三公 control budget,
 * the year's close and the next year's ledger, and an Excel journal. Each checks the figure a
 * finance officer would look at after the entry.
 */
class MoreFormsBrowserTest extends BrowserTestSupport {

    private static final String BASIC_LINE = "{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"}";

    /** Opens the 2023 ledger of the unit through the API, with an appropriation on the basic line if one is given. */
    private Http openLedger(String unit, String approver, String appropriation) {
        Http api = user(approver, unit + ":APPROVER");
        api.command("/api/v1/ledgers", "{\"requestId\":\"open-" + unit + "\",\"unitCode\":\"" + unit
                + "\",\"unitName\":\"界面测试单位" + unit + "\",\"fiscalYear\":2023}");
        if (appropriation != null) {
            api.command("/api/v1/ledgers/" + unit + "/2023/appropriations", "{\"requestId\":\"a-" + unit + "\",\"line\":"
                    + BASIC_LINE + ",\"amount\":\"" + appropriation + "\",\"documentNo\":\"测试〔2023〕1号\",\"effectiveDate\":\"2023-01-10\"}");
        }
        return api;
    }

    /** Opens a fresh form (a new request id), fills it and submits it. */
    private void submitForm(String path, Map<String, String> values) {
        browser.get(url(path));
        waitFor(By.id("entry-submit"));
        fill(values);
        browser.findElement(By.id("entry-submit")).click();
    }

    /** Waits for the success view the submit leads to and answers its outcome line. */
    private String recorded() {
        return waitFor(By.id("outcome")).getText();
    }

    private static String figure(String name) {
        return browser.findElement(By.id("figure-" + name)).getText();
    }

    private static Map<String, String> basicLine() {
        return Map.of("fund", "GENERAL_BUDGET", "functionCode", "2040201", "nature", "BASIC");
    }

    private static Map<String, String> with(Map<String, String> line, String... pairs) {
        Map<String, String> all = new java.util.LinkedHashMap<>(line);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    /** The ledger's lines once the read side holds entry {@code sequence}. */
    private static JsonNode lines(Http api, String unit, long sequence) {
        return api.getJson("/api/v1/ledgers/" + unit + "/2023/lines?minSequence=" + sequence);
    }

    @Test
    void revenueOnAUnitFundsLineRaisesItsAvailableByTheAmount() {
        openLedger("UIM-1", "uim1-approver", null);
        logIn("uim1-approver");
        Map<String, String> unitLine = Map.of("fund", "UNIT_FUNDS", "functionCode", "2040201", "nature", "BASIC");

        submitForm("/ledgers/UIM-1/2023/entries/revenue", with(unitLine, "revenueType", "OTHER", "amount", "5000.00",
                "effectiveDate", "2023-02-01", "voucherNo", "收-UIM1-1", "description", "房租收入"));
        assertThat(recorded()).isEqualTo("已记账。");
        String before = figure("available");
        assertThat(before).isEqualTo("5000.00");

        submitForm("/ledgers/UIM-1/2023/entries/revenue", with(unitLine, "revenueType", "OTHER", "amount", "1234.56",
                "effectiveDate", "2023-02-03", "voucherNo", "收-UIM1-2", "description", "其他收入"));
        assertThat(recorded()).isEqualTo("已记账。");
        assertThat(browser.findElement(By.id("line-figures")).getText()).contains("单位资金", "2040201", "基本支出");
        assertThat(figure("available")).isEqualTo("6234.56");
        assertThat(figure("spent")).isEqualTo("0.00");
        screenshot("40-revenue-recorded");
    }

    @Test
    void aCutLowersBudgetAndAvailableAndACutAboveTheAvailableIsRefusedAndRecordsNothing() {
        Http api = openLedger("UIM-2", "uim2-approver", "100000.00");
        logIn("uim2-approver");

        submitForm("/ledgers/UIM-2/2023/entries/adjustment", with(basicLine(), "direction", "DECREASE", "amount", "20000.00",
                "reason", "年中压减", "documentNo", "测试〔2023〕5号", "effectiveDate", "2023-06-01"));
        assertThat(recorded()).isEqualTo("已记账。");
        assertThat(figure("budget")).isEqualTo("80000.00");
        assertThat(figure("available")).isEqualTo("80000.00");
        long sequence = Long.parseLong(browser.findElement(By.id("sequence")).getText());
        screenshot("41-cut-recorded");

        submitForm("/ledgers/UIM-2/2023/entries/adjustment", with(basicLine(), "direction", "DECREASE", "amount", "90000.00",
                "reason", "再次压减", "documentNo", "测试〔2023〕6号", "effectiveDate", "2023-06-02"));
        WebElement refusal = waitFor(By.id("refusal"));
        assertThat(refusal.findElement(By.tagName("strong")).getText()).isEqualTo("CUT_EXCEEDS_AVAILABLE");
        assertThat(refusal.getText()).contains("未记账");
        assertThat(browser.findElement(By.id("f-amount")).getAttribute("value")).isEqualTo("90000.00");
        screenshot("42-cut-exceeds-available");

        JsonNode after = lines(api, "UIM-2", sequence);
        assertThat(after.get("sequence").asLong()).isEqualTo(sequence);
        assertThat(after.get("lines").get(0).get("budget").asString()).isEqualTo("80000.00");
        assertThat(after.get("lines").get(0).get("available").asString()).isEqualTo("80000.00");
    }

    @Test
    void aReversalOfAnExpenditureBringsTheAvailableBack() {
        openLedger("UIM-3", "uim3-approver", "50000.00");
        logIn("uim3-approver");

        submitForm("/ledgers/UIM-3/2023/entries/expenditure", with(basicLine(), "economicCode", "30201", "amount", "3000.00",
                "effectiveDate", "2023-03-01", "voucherNo", "记-UIM3-1", "payee", "某商店"));
        assertThat(recorded()).isEqualTo("已记账。");
        assertThat(figure("available")).isEqualTo("47000.00");

        submitForm("/ledgers/UIM-3/2023/entries/reversal", Map.of("voucherNo", "记-UIM3-1", "reason", "重复报销",
                "effectiveDate", "2023-03-05"));
        assertThat(recorded()).isEqualTo("已记账。");
        assertThat(figure("spent")).isEqualTo("0.00");
        assertThat(figure("available")).isEqualTo("50000.00");
        screenshot("43-reversal-recorded");
    }

    @Test
    void anExpenditureOnReceptionAboveTheControlBudgetIsRefusedAndOneWithinItIsRecorded() {
        openLedger("UIM-4", "uim4-approver", "100000.00");
        logIn("uim4-approver");

        submitForm("/ledgers/UIM-4/2023/entries/three-public-budget", Map.of("category", "RECEPTION", "amount", "2000.00",
                "documentNo", "测试〔2023〕8号", "effectiveDate", "2023-01-15"));
        assertThat(recorded()).isEqualTo("已记账。");
        screenshot("44-three-public-budget-set");

        submitForm("/ledgers/UIM-4/2023/entries/expenditure", with(basicLine(), "economicCode", "30217", "amount", "2500.00",
                "effectiveDate", "2023-03-01", "voucherNo", "记-UIM4-1", "receptionBatches", "1", "receptionGuests", "6"));
        WebElement refusal = waitFor(By.id("refusal"));
        assertThat(refusal.findElement(By.tagName("strong")).getText()).isEqualTo("THREE_PUBLIC_BUDGET_EXCEEDED");
        screenshot("45-reception-above-control-budget");

        submitForm("/ledgers/UIM-4/2023/entries/expenditure", with(basicLine(), "economicCode", "30217", "amount", "1500.00",
                "effectiveDate", "2023-03-02", "voucherNo", "记-UIM4-2", "receptionBatches", "1", "receptionGuests", "4"));
        assertThat(recorded()).isEqualTo("已记账。");
        assertThat(figure("spent")).isEqualTo("1500.00");
        assertThat(figure("available")).isEqualTo("98500.00");
        screenshot("46-reception-within-control-budget");
    }

    @Test
    void closingTheYearThenTheNextYearFormOpensTheNextLedger() {
        openLedger("UIM-5", "uim5-approver", "10000.00");
        logIn("uim5-approver");

        submitForm("/ledgers/UIM-5/2023/entries/closing", Map.of("effectiveDate", "2023-12-31", "defaultDisposition", "RECOVER"));
        assertThat(recorded()).isEqualTo("已记账。");
        screenshot("47-year-closed");

        browser.get(url("/ledgers/UIM-5/2023/next-year"));
        WebElement unitName = waitFor(By.id("f-unitName"));
        if (unitName.getAttribute("value").isEmpty()) {
            unitName.sendKeys("界面测试单位UIM-5");
        }
        browser.findElement(By.id("entry-submit")).click();
        assertThat(recorded()).isEqualTo("已记账。");
        screenshot("48-next-year-opened");

        By nextYear = By.cssSelector("#ledgers a[href$='/ledgers/UIM-5/2024']");
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500)).until(driver -> {
            driver.get(url("/"));
            return !driver.findElements(nextYear).isEmpty();
        });
        WebElement row = browser.findElement(nextYear).findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains("2024", "进行中");
        WebElement closedRow = browser.findElement(By.cssSelector("#ledgers a[href$='/ledgers/UIM-5/2023']"))
                .findElement(By.xpath("./ancestor::tr"));
        assertThat(closedRow.getText()).contains("已结账");
        screenshot("49-ledger-list-next-year");
    }

    @Test
    void anExcelJournalWithAnAppropriationAndAnExpenditureIsApplied() throws Exception {
        openLedger("UIM-6", "uim6-approver", null);
        logIn("uim6-approver");
        List<String> columns = List.of("command", "requestId", "effectiveDate", "fund", "functionCode", "nature", "projectCode",
                "projectName", "economicCode", "amount", "direction", "revenueType", "category", "documentNo", "voucherNo",
                "reason", "payee", "description", "disposition");
        List<Map<String, String>> lines = List.of(
                with(Map.of(), "command", "AppropriateFunds", "requestId", "x-a-1", "effectiveDate", "2023-01-10", "fund", "GENERAL_BUDGET",
                        "functionCode", "2040201", "nature", "BASIC", "amount", "8000.00", "documentNo", "测试〔2023〕11号",
                        "description", "年初预算"),
                with(Map.of(), "command", "RecordExpenditure", "requestId", "x-e-1", "effectiveDate", "2023-02-01", "fund", "GENERAL_BUDGET",
                        "functionCode", "2040201", "nature", "BASIC", "economicCode", "30201", "amount", "650.00",
                        "voucherNo", "记-X-1", "payee", "某商店", "description", "办公用品"));
        Path xlsx = Files.createTempFile("journal", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("日记账");
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < columns.size(); i++) {
                    row.createCell(i).setCellValue(lines.get(r).getOrDefault(columns.get(i), ""));
                }
            }
            workbook.write(out);
        }

        browser.get(url("/ledgers/UIM-6/2023/journal"));
        browser.findElement(By.id("f-file")).sendKeys(xlsx.toAbsolutePath().toString());
        browser.findElement(By.id("journal-submit")).click();
        awaitUrl("/ledgers/UIM-6/2023/journal/jobs/");
        assertThat(waitFor(By.id("summary")).getText()).isEqualTo("已记账 2 行，重复 0 行，拒绝 0 行");
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("2", "已记账");
        assertThat(rows.get(1).getText()).contains("3", "已记账", "7350.00");
        assertThat(browser.findElement(By.id("progress-text")).getText()).isEqualTo("2 / 2 行，已完成");
        screenshot("50-excel-journal-results");
    }
}
