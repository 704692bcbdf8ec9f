package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Logging in through the UI: the login page, the user's name and roles on every page, the ledgers they may see, logging out. */
class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void aUserLogsInSeesTheirNameAndRolesAndOnlyTheirLedgersThenLogsOut() {
        loadDemoLedger();
        user("ui-zzjj-viewer", "ZZJJ:VIEWER");
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).as("a page without a user redirects to the login page").endsWith("/login");
        screenshot("01-login");

        logIn("ui-zzjj-viewer");

        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("ui-zzjj-viewer");
        assertThat(browser.findElement(By.className("roles")).getText()).contains("ZZJJ 查阅");
        String list = browser.findElement(By.id("ledgers")).getText();
        assertThat(list).contains("株洲市公安局交通警察支队（ZZJJ）", "2023", "已结账", "509");
        assertThat(browser.findElements(By.cssSelector("#ledgers tbody tr"))).as("only the unit the user holds").hasSize(1);
        screenshot("02-ledgers");

        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        awaitUrl("/login?logout");
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginPage() {
        user("ui-wrong-password", "ZZJJ:VIEWER");
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("ui-wrong-password");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("login-submit")).click();

        awaitUrl("/login?error");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("用户名或密码不正确");
    }
}
