package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.standalone.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A transfer (调剂) through its form: both lines' figures change on the ledger page. */
class TransferBrowserTest extends BrowserTestSupport {

    private static final String UNIT = "UITR-1";
    private static final String FROM = "GENERAL_BUDGET/2040201/BASIC";
    private static final String TO = "GENERAL_BUDGET/2040219/BASIC";

    @Test
    void aTransferThroughTheFormMovesBudgetBetweenTheTwoLinesOfTheLedgerPage() {
        Http api = user("uitr1-approver", UNIT + ":APPROVER");
        api.command("/api/v1/ledgers", "{\"requestId\":\"open-" + UNIT + "\",\"unitCode\":\"" + UNIT
                + "\",\"unitName\":\"调剂界面测试单位\",\"fiscalYear\":2023}");
        api.command("/api/v1/ledgers/" + UNIT + "/2023/appropriations", "{\"requestId\":\"a-" + UNIT
                + "\",\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},"
                + "\"amount\":\"100000.00\",\"documentNo\":\"测试〔2023〕1号\",\"effectiveDate\":\"2023-01-10\"}");
        logIn("uitr1-approver");

        browser.get(url("/ledgers/" + UNIT + "/2023/entries"));
        assertThat(waitFor(By.id("entries")).getText()).contains("指标调剂");
        browser.get(url("/ledgers/" + UNIT + "/2023/entries/transfer"));
        new Select(waitFor(By.id("f-from.fund"))).selectByValue("GENERAL_BUDGET");
        browser.findElement(By.id("f-from.functionCode")).sendKeys("2040201");
        new Select(browser.findElement(By.id("f-from.nature"))).selectByValue("BASIC");
        new Select(browser.findElement(By.id("f-to.fund"))).selectByValue("GENERAL_BUDGET");
        browser.findElement(By.id("f-to.functionCode")).sendKeys("2040219");
        new Select(browser.findElement(By.id("f-to.nature"))).selectByValue("BASIC");
        browser.findElement(By.id("f-amount")).sendKeys("30000.00");
        browser.findElement(By.id("f-reason")).sendKeys("信息化建设调剂");
        browser.findElement(By.id("f-documentNo")).sendKeys("测试〔2023〕9号");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("f-effectiveDate")),
                "2023-06-01");
        screenshot("60-transfer-form");
        browser.findElement(By.id("entry-submit")).click();

        assertThat(waitFor(By.id("outcome")).getText()).isEqualTo("已记账。");
        String sequence = browser.findElement(By.id("sequence")).getText();
        assertThat(sequence).isEqualTo("3");
        api.getJson("/api/v1/ledgers/" + UNIT + "/2023/lines?minSequence=" + sequence);

        browser.get(url("/ledgers/" + UNIT + "/2023"));
        List<String> from = figures(FROM);
        List<String> to = figures(TO);
        screenshot("61-transfer-ledger");
        // initial, increases, decreases, transfers in, transfers out, budget, spent, reserved (冻结), available
        assertThat(from.subList(0, 9)).containsExactly("100000.00", "0.00", "0.00", "0.00", "30000.00", "70000.00", "0.00",
                "0.00", "70000.00");
        assertThat(to.subList(0, 9)).containsExactly("0.00", "0.00", "0.00", "30000.00", "0.00", "30000.00", "0.00", "0.00",
                "30000.00");
    }

    private List<String> figures(String line) {
        waitFor(By.cssSelector("#lines tr[data-line='" + line + "']"));
        return browser.findElements(By.cssSelector("#lines tr[data-line='" + line + "'] td.num")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }
}
