package org.budgetledger.standalone.ui;

import java.time.Duration;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.standalone.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/** Entering data through the UI: the entry forms, a repeated submit, field errors, the journal import, refusals. */
class EntryFormsBrowserTest extends BrowserTestSupport {

    private Http openLedger(String unit, String approver, String appropriation) {
        Http api = user(approver, unit + ":APPROVER");
        api.command("/api/v1/ledgers", "{\"requestId\":\"open-" + unit + "\",\"unitCode\":\"" + unit
                + "\",\"unitName\":\"界面测试单位\",\"fiscalYear\":2023}");
        if (appropriation != null) {
            api.command("/api/v1/ledgers/" + unit + "/2023/appropriations", "{\"requestId\":\"a-" + unit
                    + "\",\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},\"amount\":\""
                    + appropriation + "\",\"documentNo\":\"测试〔2023〕1号\",\"effectiveDate\":\"2023-01-10\"}");
        }
        return api;
    }

    private void fillExpenditure(String amount, String voucher) {
        new Select(browser.findElement(By.id("f-fund"))).selectByValue("GENERAL_BUDGET");
        browser.findElement(By.id("f-functionCode")).sendKeys("2040201");
        new Select(browser.findElement(By.id("f-nature"))).selectByValue("BASIC");
        browser.findElement(By.id("f-economicCode")).sendKeys("30201");
        browser.findElement(By.id("f-amount")).sendKeys(amount);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("f-effectiveDate")),
                "2023-04-02");
        browser.findElement(By.id("f-voucherNo")).sendKeys(voucher);
    }

    /** The ledger's entry count, once the read side holds the appropriation (entry 2). */
    private static long sequence(Http api, String unit) {
        return api.getJson("/api/v1/ledgers/" + unit + "/2023/lines?minSequence=2").get("sequence").asLong();
    }

    @Test
    void anExpenditureThroughTheFormLowersTheAvailableAndARepeatedSubmitRecordsNothing() {
        Http api = openLedger("UIF-1", "uif1-approver", null);
        logIn("uif1-approver");
        browser.get(url("/ledgers/UIF-1/2023/entries"));
        assertThat(browser.findElement(By.id("entries")).getText()).contains("年初预算", "支出", "年终结账", "开设下一年度台账");
        screenshot("20-entries-index");

        browser.get(url("/ledgers/UIF-1/2023/entries/appropriation"));
        new Select(browser.findElement(By.id("f-fund"))).selectByValue("GENERAL_BUDGET");
        browser.findElement(By.id("f-functionCode")).sendKeys("2040201");
        new Select(browser.findElement(By.id("f-nature"))).selectByValue("BASIC");
        browser.findElement(By.id("f-amount")).sendKeys("100000.00");
        browser.findElement(By.id("f-documentNo")).sendKeys("测试〔2023〕1号");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("f-effectiveDate")),
                "2023-01-10");
        screenshot("21-appropriation-form");
        browser.findElement(By.id("entry-submit")).click();
        assertThat(waitFor(By.id("figure-available")).getText()).isEqualTo("100000.00");

        browser.get(url("/ledgers/UIF-1/2023/entries/expenditure"));
        assertThat(browser.findElement(By.id("f-requestId")).getAttribute("value")).matches("[A-Za-z0-9._:-]{1,64}");
        assertThat(browser.findElements(By.cssSelector("#function-codes option")).size()).isGreaterThan(100);
        fillExpenditure("1200.00", "记-UIF-0001");
        screenshot("22-expenditure-form");
        @SuppressWarnings("unchecked")
        List<List<String>> fields = (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(new FormData(document.getElementById('entry-form')).entries())");
        browser.findElement(By.id("entry-submit")).click();

        assertThat(waitFor(By.id("outcome")).getText()).isEqualTo("已记账。");
        assertThat(browser.findElement(By.id("figure-spent")).getText()).isEqualTo("1200.00");
        assertThat(browser.findElement(By.id("figure-available")).getText()).isEqualTo("98800.00");
        String sequence = browser.findElement(By.id("sequence")).getText();
        screenshot("23-expenditure-recorded");

        // the same page posted again (a double click, or back and submit): same request id, same content
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post'; form.action = '/ledgers/UIF-1/2023/entries/expenditure';
                for (const [name, value] of arguments[0]) {
                  const input = document.createElement('input'); input.type = 'hidden'; input.name = name; input.value = value;
                  form.appendChild(input);
                }
                document.body.appendChild(form); form.submit();""", fields);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(driver -> driver.findElement(By.id("outcome")).getText().contains("重复"));
        assertThat(browser.findElement(By.id("outcome")).getText()).isEqualTo("重复提交，未重复记账。");
        assertThat(browser.findElement(By.id("figure-available")).getText()).isEqualTo("98800.00");
        assertThat(browser.findElement(By.id("sequence")).getText()).isEqualTo(sequence);
        screenshot("24-expenditure-duplicate");

        JsonNode lines = api.getJson("/api/v1/ledgers/UIF-1/2023/lines?minSequence=" + sequence);
        assertThat(lines.get("lines").get(0).get("spent").asString()).isEqualTo("1200.00");
        assertThat(lines.get("sequence").asLong()).isEqualTo(Long.parseLong(sequence));

        browser.manage().window().setSize(new Dimension(390, 900));
        try {
            browser.get(url("/ledgers/UIF-1/2023/entries/expenditure"));
            screenshot("25-expenditure-form-390px");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void anAmountWithThreeDecimalsIsShownBesideTheAmountFieldAndRecordsNothing() {
        Http api = openLedger("UIF-2", "uif2-approver", "50000.00");
        long before = sequence(api, "UIF-2");
        logIn("uif2-approver");
        browser.get(url("/ledgers/UIF-2/2023/entries/expenditure"));
        fillExpenditure("12.345", "记-UIF-0002");
        browser.findElement(By.id("entry-submit")).click();

        WebElement error = waitFor(By.id("e-amount"));
        assertThat(error.getText()).contains("must have at most 2 decimals");
        WebElement amount = browser.findElement(By.id("f-amount"));
        assertThat(amount.getAttribute("aria-describedby")).contains("e-amount");
        assertThat(amount.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(amount.getAttribute("value")).isEqualTo("12.345");
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("VALIDATION_FAILED");
        screenshot("26-expenditure-bad-amount");
        assertThat(sequence(api, "UIF-2")).isEqualTo(before);
    }

    @Test
    void aCsvJournalIsImportedInTheBackgroundWithAResultPerLine() throws Exception {
        openLedger("UIF-3", "uif3-approver", null);
        logIn("uif3-approver");
        browser.get(url("/ledgers/UIF-3/2023/journal"));
        screenshot("27-journal-upload");
        Path csv = Files.createTempFile("journal", ".csv");
        Files.writeString(csv, """
                command,requestId,effectiveDate,fund,functionCode,nature,economicCode,amount,documentNo,voucherNo,payee,description
                AppropriateFunds,j-a-1,2023-01-10,GENERAL_BUDGET,2040201,BASIC,,1000.00,测试〔2023〕9号,,,年初预算
                RecordExpenditure,j-e-1,2023-02-01,GENERAL_BUDGET,2040201,BASIC,30201,300.00,,记-J-1,"某商店,长沙",办公用品
                RecordExpenditure,j-e-2,2023-02-02,GENERAL_BUDGET,2040201,BASIC,30201,5000.00,,记-J-2,某商店,超出可用
                """, StandardCharsets.UTF_8);
        browser.findElement(By.id("f-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("journal-submit")).click();

        // The upload answers a redirect to the job's progress page; the click returns before the browser follows it.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/ledgers/UIF-3/2023/journal/jobs/"));
        assertThat(waitFor(By.id("summary")).getText()).isEqualTo("已记账 2 行，重复 0 行，拒绝 1 行");
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("2", "已记账");
        assertThat(rows.get(1).getText()).contains("3", "已记账", "700.00");
        assertThat(rows.get(2).getText()).contains("4", "拒绝", "EXCEEDS_AVAILABLE");
        assertThat(browser.findElement(By.id("progress")).getDomAttribute("value")).isEqualTo("3");
        assertThat(browser.findElement(By.id("progress-text")).getText()).isEqualTo("3 / 3 行，已完成");
        screenshot("28-journal-results");

        Http.Answer template = http.anonymous().get("/ledgers/UIF-3/2023/journal/template.xlsx");
        assertThat(template.status()).as("the template needs a user").isNotEqualTo(200);
    }

    @Test
    void aCsvJournalRecordsAPaymentRequestAndAStatementWithItsFigures() throws Exception {
        Http api = openLedger("UIF-9", "uif9-approver", null);
        logIn("uif9-approver");
        browser.get(url("/ledgers/UIF-9/2023/journal"));
        Path csv = Files.createTempFile("journal", ".csv");
        Files.writeString(csv, """
                command,requestId,effectiveDate,fund,functionCode,nature,economicCode,amount,documentNo,voucherNo,payee,description,kind,figures
                AppropriateFunds,s-a-1,2023-01-10,GENERAL_BUDGET,2040201,BASIC,,1000.00,测试〔2023〕9号,,,年初预算,,
                RequestPayment,s-p-1,2023-02-01,GENERAL_BUDGET,2040201,BASIC,30201,300.00,,记-S-1,某商店,办公用品,,
                RecordStatement,s-st-1,2023-12-31,,,,,,,,,,ASSETS,EMERGENCY=1;LAW_ENFORCEMENT=124;SPECIAL_TECHNICAL=21;OTHER=3
                RecordStatement,s-st-2,2023-12-31,,,,,,,,,,ASSETS,149 辆
                """, StandardCharsets.UTF_8);
        browser.findElement(By.id("f-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("journal-submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/ledgers/UIF-9/2023/journal/jobs/"));
        assertThat(waitFor(By.id("summary")).getText()).isEqualTo("已记账 3 行，重复 0 行，拒绝 1 行");
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).getText()).contains("3", "已记账");
        assertThat(rows.get(2).getText()).contains("4", "已记账");
        assertThat(rows.get(3).getText()).contains("5", "拒绝", "VALIDATION_FAILED",
                "figures.149 辆 is not a figure of ASSETS; its figures are", "LAW_ENFORCEMENT");
        screenshot("119-journal-statement-results");

        // The request waits for its approval (available 700.00), and the statement's vehicles are in the 情况说明.
        JsonNode lines = api.getJson("/api/v1/ledgers/UIF-9/2023/lines?minSequence=4");
        assertThat(lines.get("lines").get(0).get("available").asString()).isEqualTo("700.00");
        String narrative = api.get("/api/v1/ledgers/UIF-9/2023/reports/narrative?format=text").text();
        assertThat(narrative).contains("共有车辆149辆", "执法执勤用车124辆", "特种专业技术用车21辆");
    }

    @Test
    void aViewerSeesNoFormsAndACraftedPostIsRefusedAndRecordsNothing() throws Exception {
        Http approver = openLedger("UIF-4", "uif4-approver", "8000.00");
        long before = sequence(approver, "UIF-4");
        user("uif4-viewer", "UIF-4:VIEWER");
        logIn("uif4-viewer");
        browser.get(url("/ledgers/UIF-4/2023/entries"));
        assertThat(browser.findElement(By.id("no-entries")).getText()).contains("没有可用的录入表单");
        assertThat(browser.findElements(By.cssSelector("#entries a"))).isEmpty();
        screenshot("29-viewer-no-forms");

        String csrf = browser.findElement(By.cssSelector("form[action$='/logout'] input[name='_csrf']")).getAttribute("value");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        form.put("requestId", "crafted-1");
        form.put("fund", "GENERAL_BUDGET");
        form.put("functionCode", "2040201");
        form.put("nature", "BASIC");
        form.put("economicCode", "30201");
        form.put("amount", "100.00");
        form.put("effectiveDate", "2023-03-01");
        form.put("voucherNo", "记-CRAFTED-1");
        String body = form.entrySet().stream().map(entry -> entry.getKey() + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(
                "/ledgers/UIF-4/2023/entries/expenditure"))).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("FORBIDDEN");

        browser.get(url("/ledgers/UIF-4/2023/entries/expenditure"));
        assertThat(browser.findElement(By.id("refused")).getText()).isEqualTo("您的角色无权执行此操作");
        assertThat(browser.findElement(By.tagName("code")).getText()).isEqualTo("FORBIDDEN");
        screenshot("30-viewer-refused");

        JsonNode lines = approver.getJson("/api/v1/ledgers/UIF-4/2023/lines?minSequence=2");
        assertThat(lines.get("sequence").asLong()).isEqualTo(before);
        assertThat(lines.get("lines").get(0).get("spent").asString()).isEqualTo("0.00");
    }
}
