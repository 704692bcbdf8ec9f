package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The read pages: a ledger with its lines and charts, the published tables with their checks and
 * downloads, the drill-down from a figure to its entries, the asOf cut, a viewer's refusals, and
 * the ledger at phone width.
 */
class ReadPagesBrowserTest extends BrowserTestSupport {

    private static final String LEDGER = "/ledgers/ZZJJ/2023";
    private static final String BASIC_2040201 = "GENERAL_BUDGET/2040201/BASIC";
    private static boolean loaded;

    @BeforeEach
    void demoLedgerAndUsers() {
        if (!loaded) {
            loadDemoLedger();
            user("ui-read-auditor", "ZZJJ:AUDITOR");
            user("ui-read-viewer", "ZZJJ:VIEWER");
            loaded = true;
        }
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void anAuditorOpensTheLedgerReadsTable01AndSeesTheChecksPass() {
        logIn("ui-read-auditor");
        browser.findElement(By.cssSelector("#ledgers a[href$='" + LEDGER + "']")).click();
        waitFor(By.id("lines"));
        assertThat(browser.findElement(By.id("ledger-title")).getText()).contains("株洲市公安局交通警察支队", "2023");
        assertThat(browser.findElements(By.cssSelector("#lines tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#monthly-chart > rect.bar"))).hasSize(12);
        assertThat(browser.findElement(By.id("knownAt")).isDisplayed()).as("an auditor may look as known at a time").isTrue();
        screenshot("10-ledger");

        browser.findElement(By.id("tables-link")).click();
        waitFor(By.id("table-index"));
        assertThat(browser.findElements(By.cssSelector("#table-index tbody tr"))).hasSize(15);
        screenshot("11-tables");
        browser.findElement(By.linkText("收入支出决算总表")).click();
        waitFor(By.id("report"));
        assertThat(browser.findElement(By.id("report-title")).getText()).isEqualTo("收入支出决算总表");
        assertThat(browser.findElement(By.id("report-amount-unit")).getText()).isEqualTo("金额单位：万元");
        List<WebElement> cells = browser.findElements(By.cssSelector("#report tr[data-code='EXPENDITURE_TOTAL'] td.num"));
        assertThat(cells).isNotEmpty();
        assertThat(cells.get(0).getText()).isEqualTo("22131.98");
        assertThat(browser.findElement(By.id("checks-summary")).getText()).startsWith("全部通过");
        assertThat(browser.findElements(By.cssSelector("#checks li[data-passed='false']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#checks li[data-passed='true']"))).isNotEmpty();
        screenshot("12-table-01");
    }

    @Test
    void theSpentOfALineDrillsDownToItsExpenditures() {
        logIn("ui-read-auditor");
        browser.get(url(LEDGER));
        WebElement spent = browser.findElement(By.cssSelector("#lines tr[data-line='" + BASIC_2040201 + "'] td.spent a"));
        String figure = spent.getText();
        spent.click();
        waitFor(By.id("history"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#history tbody tr"));
        assertThat(rows).isNotEmpty();
        BigDecimal sum = BigDecimal.ZERO;
        for (WebElement row : rows) {
            assertThat(row.getAttribute("data-type")).isEqualTo("ExpenditureRecorded");
            assertThat(row.findElement(By.cssSelector("td.type")).getText()).isEqualTo("支出");
            assertThat(row.findElement(By.cssSelector("td.document")).getText()).startsWith("凭证 ");
            assertThat(row.findElement(By.cssSelector("td.user")).getText()).isNotBlank();
            assertThat(row.getText()).contains("2040201");
            sum = sum.add(new BigDecimal(row.findElement(By.cssSelector("td.amount")).getText()));
        }
        assertThat(sum).as("the expenditures are at least the net spent %s (reversals are not listed)", figure)
                .isGreaterThanOrEqualTo(new BigDecimal(figure));
        screenshot("13-history-2040201");

        // A cell of table 06 drills by economic code.
        browser.get(url(LEDGER + "/tables/06"));
        WebElement economic = browser.findElement(By.cssSelector("#report tbody tr td.num a[href*='economicCode=']"));
        economic.click();
        waitFor(By.id("history"));
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).isNotEmpty();
    }

    @Test
    void theExcelFileOfTable03DownloadsWithTheSession() throws Exception {
        logIn("ui-read-auditor");
        browser.get(url(LEDGER + "/tables/03"));
        String href = waitFor(By.id("download-xlsx")).getAttribute("href");
        screenshot("14-table-03");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("支出决算表")) {
                        found = true;
                    }
                }
            }
            assertThat(found).as("the first sheet names the table").isTrue();
        }
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                browser.findElement(By.id("download-csv")).getAttribute("href"))).header("Cookie", "JSESSIONID=" + session.getValue())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    }

    @Test
    void asOfMidYearShowsSmallerFigures() {
        logIn("ui-read-auditor");
        browser.get(url(LEDGER));
        BigDecimal yearEnd = spentOf2040201();
        WebElement asOf = browser.findElement(By.id("asOf"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2023-06-30'", asOf);
        browser.findElement(By.id("cut-submit")).click();
        awaitUrl("asOf=2023-06-30");
        waitFor(By.id("cut-shown"));
        assertThat(browser.findElement(By.id("cut-shown")).getText()).contains("2023-06-30");
        BigDecimal midYear = spentOf2040201();
        assertThat(midYear).isLessThan(yearEnd);
        screenshot("15-ledger-as-of-2023-06-30");
        // The cut follows to the tables.
        browser.findElement(By.id("tables-link")).click();
        awaitUrl("/tables");
        waitFor(By.id("table-index"));
        assertThat(browser.getCurrentUrl()).contains("asOf=2023-06-30");
    }

    @Test
    void aViewerSeesNoKnownAtPickerAndIsRefusedTheHistory() throws Exception {
        logIn("ui-read-viewer");
        browser.get(url(LEDGER));
        waitFor(By.id("lines"));
        assertThat(browser.findElements(By.id("knownAt"))).as("no knownAt picker for a viewer").isEmpty();
        assertThat(browser.findElements(By.id("history-link"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#lines td.spent a"))).as("no drill-down for a viewer").isEmpty();

        browser.get(url(LEDGER + "/history?functionCode=2040201"));
        assertThat(waitFor(By.id("refused")).getText()).isEqualTo("您的角色无权执行此操作");
        screenshot("16-viewer-history-refused");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> history = client.send(HttpRequest.newBuilder(URI.create(url(LEDGER + "/history")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(history.statusCode()).isEqualTo(403);
        assertThat(history.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(history.body()).contains("您的角色无权执行此操作").doesNotContain("Exception");
        HttpResponse<String> knownAt = client.send(HttpRequest.newBuilder(URI.create(url(LEDGER + "?knownAt=2026-01-01T00:00")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(knownAt.statusCode()).as("knownAt refused to a viewer").isEqualTo(403);
        HttpResponse<String> other = client.send(HttpRequest.newBuilder(URI.create(url("/ledgers/NOPE/2023")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("找不到该台账");
    }

    @Test
    void theLedgerIsReadableAtPhoneWidth() {
        logIn("ui-read-auditor");
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(url(LEDGER));
            WebElement lines = waitFor(By.id("lines"));
            assertThat(lines.isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector("#lines tr[data-line='" + BASIC_2040201 + "']")).isDisplayed()).isTrue();
            Long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            assertThat(pageWidth).as("the table scrolls inside its box, not the page").isLessThanOrEqualTo(400L);
            screenshot("17-ledger-390px");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private BigDecimal spentOf2040201() {
        return new BigDecimal(waitFor(By.cssSelector("#lines tr[data-line='" + BASIC_2040201 + "'] td.spent")).getText().strip());
    }
}
