package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 勾稽检查 in the browser: a user without any grant pastes the Zhuzhou final accounts and sees the
 * findings by severity, the 会议费 1.39 against 0.82 among the errors with 1.39 marked in its excerpt; a
 * VIEWER of the demo unit, offered only the ledgers they may read, uploads the Yanling self-evaluation,
 * then reconciles the Zhuzhou text with the demo ledger; a text that is no report is refused on the page, a ledger the
 * user may not read is refused as not found, and without a login the page leads to the login.
 */
class LintBrowserTest extends BrowserTestSupport {

    private static Path seed(String name) {
        try {
            return Path.of(LintBrowserTest.class.getClassLoader().getResource("lint/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Path ZHUZHOU = seed("zhuzhou-traffic-police-2023-final-accounts.txt");
    private static final Path YANLING = seed("yanling-traffic-police-2023-performance-report.txt");

    /** Puts the text into the textarea as a paste does (typing 60 KB key by key would take minutes). */
    private static void paste(String text) {
        WebElement area = browser.findElement(By.id("f-text"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", area, text);
    }

    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
    }

    private void openFromTheMenu() {
        browser.get(url("/"));
        waitFor(By.id("lint-link")).click();
        awaitUrl("/lint");
        waitFor(By.id("lint-submit"));
    }

    private static WebElement finding(String group, String rule, int line) {
        return browser.findElement(By.cssSelector("#group-" + group + " li.finding[data-rule='" + rule + "'][data-line='" + line + "']"));
    }

    @Test
    void aPastedFinalAccountShowsTheMeetingCostErrorWithItsFigureMarked() throws Exception {
        user("ui-lint-nogrant");
        logIn("ui-lint-nogrant");
        openFromTheMenu();
        assertThat(new Select(browser.findElement(By.id("f-ledger"))).getOptions()).as("no ledger to offer").hasSize(1);

        paste(Files.readString(ZHUZHOU));
        browser.findElement(By.id("lint-submit")).click();
        awaitUrl("#lint-result");
        waitFor(By.id("lint-result"));

        assertThat(browser.findElement(By.id("lint-summary")).getText()).contains("部门决算", "错误 4 项，警告 3 项，提示 17 项");
        WebElement errors = browser.findElement(By.id("group-error"));
        assertThat(errors.getDomAttribute("data-count")).isEqualTo("4");
        assertThat(errors.findElement(By.tagName("h3")).getText()).contains("错误", "4 项");
        assertThat(browser.findElement(By.id("group-warning")).getDomAttribute("data-count")).isEqualTo("3");
        assertThat(browser.findElement(By.id("group-info")).getDomAttribute("data-count")).isEqualTo("17");
        WebElement meeting = finding("error", "NARRATIVE_TABLE", 539);
        assertThat(meeting.getText()).contains("第 539 行", "会议费", "1.39", "0.82");
        assertThat(meeting.findElement(By.cssSelector(".excerpt mark")).getText()).isEqualTo("1.39");
        assertThat(meeting.findElement(By.cssSelector(".excerpt")).getText()).contains("会议费");
        assertThat(finding("error", "NARRATIVE_PERCENT", 715).findElement(By.cssSelector(".excerpt mark")).getText()).isEqualTo("100%");
        assertThat(browser.findElements(By.cssSelector("#group-info li.finding[data-rule='NARRATIVE_TABLE'][data-line='539']")))
                .isEmpty();
        assertThat(browser.findElement(By.id("f-text")).getDomProperty("value")).as("the text stays for another check")
                .contains("株洲市公安局交通警察支队");
        scrollTo(errors);
        screenshot("90-lint-zhuzhou");
    }

    @Test
    void aViewerUploadsTheSelfEvaluationAndReconcilesWithTheLedgerTheyMayRead() throws Exception {
        loadDemoLedger();
        user("ui-lint-viewer", "ZZJJ:VIEWER");
        logIn("ui-lint-viewer");
        openFromTheMenu();
        List<String> offered = new Select(browser.findElement(By.id("f-ledger"))).getOptions().stream()
                .map(option -> option.getDomAttribute("value")).toList();
        assertThat(offered).containsExactly("", "ZZJJ/2023");

        browser.findElement(By.id("f-file")).sendKeys(YANLING.toString());
        browser.findElement(By.id("lint-submit")).click();
        waitFor(By.id("lint-result"));
        assertThat(browser.findElement(By.id("lint-summary")).getText()).contains(YANLING.getFileName().toString(), "绩效自评");
        assertThat(finding("error", "NARRATIVE_SHARES_SUM", 12).getText()).contains("102.99%", "90.49%");
        assertThat(finding("error", "NARRATIVE_PARTS_SUM", 12).findElement(By.cssSelector(".excerpt mark")).getText())
                .isEqualTo("1110.98");
        scrollTo(browser.findElement(By.id("lint-result")));
        screenshot("91-lint-yanling-upload");

        paste(Files.readString(ZHUZHOU));
        new Select(browser.findElement(By.id("f-ledger"))).selectByValue("ZZJJ/2023");
        browser.findElement(By.id("lint-submit")).click();
        waitFor(By.id("lint-result"));
        assertThat(browser.findElement(By.id("lint-summary")).getText()).contains("已与台账 ZZJJ/2023 核对", "错误 7 项");
        assertThat(finding("error", "LEDGER_NARRATIVE", 539).findElement(By.cssSelector(".excerpt mark")).getText()).isEqualTo("1.39");
        assertThat(new Select(browser.findElement(By.id("f-ledger"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("ZZJJ/2023");
        scrollTo(finding("error", "LEDGER_NARRATIVE", 539));
        screenshot("92-lint-zhuzhou-ledger");
    }

    @Test
    void aTextThatIsNoReportIsRefusedOnThePage() {
        user("ui-lint-nogrant");
        logIn("ui-lint-nogrant");
        openFromTheMenu();

        paste("各位同事：周五下午三点开会。");
        browser.findElement(By.id("lint-submit")).click();
        assertThat(waitFor(By.id("problem")).getText()).contains("不是部门决算或绩效自评报告", "NOT_A_PUBLISHED_REPORT");
        assertThat(browser.findElements(By.id("lint-result"))).isEmpty();
        assertThat(browser.findElement(By.id("f-text")).getDomProperty("value")).contains("周五下午三点开会");

        browser.get(url("/lint"));
        waitFor(By.id("lint-submit"));
        postCraftedForm("/lint?ledger=ZZJJ/2023", Map.of("text", "本单位2023年度部门决算"));
        assertThat(waitFor(By.id("refused")).getText()).as("a ledger the user may not read").isEqualTo("找不到该台账");

        browser.manage().deleteAllCookies();
        browser.get(url("/lint"));
        awaitUrl("/login");
        assertThat(browser.findElements(By.id("lint-form"))).as("no page without a login").isEmpty();
    }
}
