package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The publication on the tables page of the demo ledger, as a VIEWER sees it: the 情况说明 beside
 * the tables with its computed figures bold and its placeholders marked, and the Word publication
 * downloaded with the session.
 */
class PublicationBrowserTest extends BrowserTestSupport {

    private static final String LEDGER = "/ledgers/ZZJJ/2023";

    private HttpResponse<byte[]> fetchWithTheSession(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aReaderSeesTheNarrativeBesideTheTablesAndDownloadsThePublication() throws Exception {
        loadDemoLedger();
        user("ui-publication-viewer", "ZZJJ:VIEWER");
        logIn("ui-publication-viewer");
        browser.get(url(LEDGER + "/tables"));
        WebElement narrative = waitFor(By.id("narrative"));

        assertThat(narrative.findElement(By.id("narrative-title")).getText()).isEqualTo("第三部分 情况说明");
        List<WebElement> sections = narrative.findElements(By.cssSelector("details.narrative-section"));
        assertThat(sections).hasSize(14);
        WebElement first = sections.get(0);
        assertThat(first.getDomAttribute("open")).as("the first section is open").isNotNull();
        assertThat(first.findElement(By.tagName("h3")).getText()).isEqualTo("一、收入支出决算总体情况说明");
        List<String> figures = first.findElements(By.cssSelector("strong.figure")).stream().map(WebElement::getText).toList();
        assertThat(figures).as("the year's total, computed from the books, in bold").contains("22131.98");
        assertThat(narrative.findElements(By.cssSelector("details.narrative-section mark.placeholder")))
                .as("what the unit has to write is marked").isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getDomProperty("textContent")).startsWith("【待填写："));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", narrative);
        screenshot("95-publication-narrative");

        String href = browser.findElement(By.id("download-publication-docx")).getDomProperty("href");
        HttpResponse<byte[]> answer = fetchWithTheSession(href);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).contains("ZZJJ-2023-publication.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.body()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("株洲市公安局交通警察支队", "2023年度部门决算", "第三部分 2023年度部门决算情况说明",
                    "一、收入支出决算总体情况说明");
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(9);
        }

        HttpResponse<byte[]> text = fetchWithTheSession(browser.findElement(By.id("download-narrative-text")).getDomProperty("href"));
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(new String(text.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("一、收入支出决算总体情况说明");
        HttpResponse<byte[]> workbook = fetchWithTheSession(browser.findElement(By.id("download-publication-xlsx")).getDomProperty("href"));
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(fetchWithTheSession(browser.findElement(By.id("download-narrative-docx")).getDomProperty("href")).statusCode())
                .isEqualTo(200);

        browser.manage().deleteAllCookies();
        browser.get(url(LEDGER + "/publication.docx"));
        awaitUrl("/login");
    }
}
