package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.query.entries.ProjectionPositions;
import org.budgetledger.standalone.DepartmentConsolidationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The department page through the browser, as a user whose only grant is VIEWER on the department
 * DPT of {@link DepartmentConsolidationTest}: the consolidated 01 with the transfers eliminated, the
 * member breakdown, the eliminations with the pair kept because its payer is outside, a table
 * chosen from the list, and a member's ledger reached from the page.
 */
class DepartmentBrowserTest extends BrowserTestSupport {

    @Autowired
    ProjectionPositions projections;

    @Test
    void aDepartmentViewerSeesTheConsolidatedTablesTheBreakdownAndTheEliminations() {
        DepartmentConsolidationTest.bookOnce(http, projections);
        user("dpt-ui-viewer", "DPT:VIEWER");
        logIn("dpt-ui-viewer");

        browser.get(url("/departments"));
        waitFor(By.id("departments")).findElement(By.linkText("2023 年起")).click();
        awaitUrl("/departments/DPT/2023");
        assertThat(waitFor(By.id("department-title")).getText()).contains("测试主管部门").contains("2023");
        assertThat(cell("report", "INCOME_HIGHER_LEVEL_SUBSIDY", "amount")).isEqualTo("2.00");
        assertThat(cell("report", "EXPENDITURE_TOTAL", "amount")).isEqualTo("141.00");
        assertThat(browser.findElement(By.id("elimination-note")).getText()).contains("已抵销");

        List<String> subsidy = cells("breakdown", "INCOME_HIGHER_LEVEL_SUBSIDY");
        assertThat(subsidy).containsExactly("0.00", "17.00", "0.00", "-15.00", "2.00");

        List<WebElement> pairs = browser.findElements(By.cssSelector("#eliminations tbody tr"));
        assertThat(pairs).extracting(row -> row.getDomAttribute("data-status"))
                .containsExactly("ELIMINATED", "ELIMINATED", "COUNTERPARTY_NOT_MEMBER");
        assertThat(pairs.get(2).getText()).contains("DPT-X").contains("20000.00").contains("对方不是本部门单位");
        assertThat(browser.findElements(By.cssSelector("#checks li[data-passed='false']"))).isEmpty();
        screenshot("department-01");

        new Select(browser.findElement(By.id("table"))).selectByValue("general-budget-expenditure");
        browser.findElement(By.id("show-table")).click();
        awaitUrl("table=general-budget-expenditure");
        waitFor(By.id("report"));
        assertThat(cell("report", "TOTAL", "expenditureTotal")).isEqualTo("140.00");
        assertThat(browser.findElement(By.id("elimination-note")).getText()).contains("不抵销");

        browser.findElement(By.id("members")).findElement(By.partialLinkText("DPT-A")).click();
        awaitUrl("/ledgers/DPT-A/2023");
        assertThat(waitFor(By.tagName("h1")).getText()).contains("下属单位甲");
    }

    private static String cell(String table, String code, String column) {
        return waitFor(browser, By.cssSelector("#" + table + " tr[data-code='" + code + "'] td[data-column='" + column + "']")).getText();
    }

    private static List<String> cells(String table, String code) {
        return browser.findElements(By.cssSelector("#" + table + " tr[data-code='" + code + "'] td")).stream()
                .map(WebElement::getText).toList();
    }

    private static WebElement waitFor(org.openqa.selenium.WebDriver driver, By locator) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
