package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.budgetledger.standalone.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Payment requests (冻结) through the UI, four eyes: a clerk (经办) requests a payment, its amount is
 * held on the line; another user, a 财务负责人, approves it in the inbox (审核) and it becomes spent,
 * or rejects it with a reason and the hold is released. Each user holds only the grant they need.
 */
class PaymentRequestBrowserTest extends BrowserTestSupport {

    private static final String LINE = "GENERAL_BUDGET/2040201/BASIC";

    /** Opens the unit's 2023 ledger with 100000.00 on the basic line 2040201, as its APPROVER. */
    private Http openLedger(String unit, String approver) {
        Http api = user(approver, unit + ":APPROVER");
        api.command("/api/v1/ledgers", "{\"requestId\":\"open-" + unit + "\",\"unitCode\":\"" + unit
                + "\",\"unitName\":\"付款申请测试单位" + unit + "\",\"fiscalYear\":2023}");
        api.command("/api/v1/ledgers/" + unit + "/2023/appropriations", "{\"requestId\":\"a-" + unit + "\",\"line\":"
                + "{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},\"amount\":\"100000.00\","
                + "\"documentNo\":\"测试〔2023〕1号\",\"effectiveDate\":\"2023-01-10\"}");
        return api;
    }

    /**
     * Requests a payment through the form and answers the request's id from the page the submit leads to, once the
     * read side holds it (a decision in the inbox waits for the read side itself).
     */
    private String requestPayment(Http api, String unit, String amount, String voucherNo) {
        browser.get(url("/ledgers/" + unit + "/2023/entries/payment-request"));
        Map<String, String> values = Map.of("fund", "GENERAL_BUDGET", "functionCode", "2040201", "nature", "BASIC",
                "economicCode", "30201", "amount", amount, "effectiveDate", "2023-03-01", "voucherNo", voucherNo,
                "payee", "某某文具店", "description", "办公用品");
        waitFor(By.id("entry-submit"));
        fill(values);
        browser.findElement(By.id("entry-submit")).click();
        assertThat(waitFor(By.id("outcome")).getText()).isEqualTo("已提交付款申请，金额已冻结，待审核。");
        api.getJson("/api/v1/ledgers/" + unit + "/2023/lines?minSequence=" + browser.findElement(By.id("sequence")).getText());
        return browser.findElement(By.id("payment-request-id")).getText();
    }

    /** The line's figures on the ledger page: spent, 冻结, available. */
    private List<String> spentReservedAvailable(String unit) {
        browser.get(url("/ledgers/" + unit + "/2023"));
        String row = "#lines tr[data-line='" + LINE + "'] ";
        waitFor(By.cssSelector(row + "td.spent"));
        return List.of(browser.findElement(By.cssSelector(row + "td.spent")).getText(),
                browser.findElement(By.cssSelector(row + "td.reserved")).getText(),
                browser.findElement(By.cssSelector(row + "td.available")).getText());
    }

    private static By pendingRow(String unit, String paymentRequestId) {
        return By.cssSelector("#pending tr[data-ledger='" + unit + "/2023'][data-request='" + paymentRequestId + "']");
    }

    @Test
    void aClerksRequestIsHeldOnTheLineUntilAnotherUserApprovesItAndThenItIsSpent() {
        String unit = "UIPR-1";
        openLedger(unit, "uipr1-approver");
        Http recorderApi = user("uipr1-recorder", unit + ":RECORDER");
        logIn("uipr1-recorder");
        assertThat(browser.findElements(By.id("approvals-link"))).as("no inbox for a clerk").isEmpty();
        browser.get(url("/approvals"));
        assertThat(waitFor(By.id("refused")).getText()).isEqualTo("您的角色无权执行此操作");

        browser.get(url("/ledgers/" + unit + "/2023/entries"));
        assertThat(waitFor(By.id("entries")).getText()).contains("付款申请");
        String id = requestPayment(recorderApi, unit, "12345.67", "记-UIPR1-1");
        assertThat(id).startsWith("PR-");
        assertThat(browser.findElement(By.id("payment-status")).getText()).isEqualTo("待审核");
        assertThat(browser.findElement(By.id("figure-spent")).getText()).isEqualTo("0.00");
        assertThat(browser.findElement(By.id("figure-reserved")).getText()).isEqualTo("12345.67");
        assertThat(browser.findElement(By.id("figure-available")).getText()).isEqualTo("87654.33");
        screenshot("70-payment-requested");
        assertThat(spentReservedAvailable(unit)).containsExactly("0.00", "12345.67", "87654.33");
        screenshot("71-ledger-reserved");

        logIn("uipr1-approver");
        browser.findElement(By.id("approvals-link")).click();
        WebElement row = waitFor(pendingRow(unit, id));
        assertThat(row.findElement(By.cssSelector(".requester")).getText()).isEqualTo("uipr1-recorder");
        assertThat(row.findElement(By.cssSelector(".amount")).getText()).isEqualTo("12345.67");
        assertThat(row.findElement(By.cssSelector(".voucher")).getText()).isEqualTo("记-UIPR1-1");
        assertThat(row.findElement(By.cssSelector(".payee")).getText()).isEqualTo("某某文具店");
        assertThat(row.findElement(By.cssSelector(".economic")).getText()).startsWith("30201");
        assertThat(row.findElement(By.cssSelector(".requested-on")).getText()).isEqualTo("2023-03-01");
        assertThat(row.findElement(By.cssSelector(".available")).getText()).isEqualTo("87654.33");
        assertThat(row.findElement(By.cssSelector(".reserved")).getText()).isEqualTo("12345.67");
        assertThat(row.findElement(By.cssSelector(".approve-date")).getDomProperty("value")).isEqualTo("2023-03-01");
        screenshot("72-approvals-inbox");
        row.findElement(By.cssSelector("button.approve")).click();

        assertThat(waitFor(By.id("decision")).getText()).contains(id, "已审核通过");
        assertThat(browser.findElements(pendingRow(unit, id))).as("no longer pending").isEmpty();
        screenshot("73-approved");
        assertThat(spentReservedAvailable(unit)).containsExactly("12345.67", "0.00", "87654.33");

        browser.get(url("/ledgers/" + unit + "/2023/history?type=PaymentApproved"));
        List<WebElement> approval = browser.findElements(By.cssSelector("#history tbody tr"));
        assertThat(approval).isNotEmpty();
        assertThat(approval).allSatisfy(entry -> assertThat(entry.findElement(By.cssSelector("td.user")).getText())
                .contains("uipr1-approver", "uipr1-recorder"));
        assertThat(browser.findElement(By.id("history")).getText()).contains("审核通过：支出", "12345.67");
        screenshot("74-approval-history");

        browser.get(url("/ledgers/" + unit + "/2023"));
        browser.findElement(By.id("payment-requests-link")).click();
        WebElement listed = waitFor(By.cssSelector("#payment-requests tr[data-request='" + id + "']"));
        assertThat(listed.findElement(By.cssSelector(".status")).getText()).isEqualTo("已审核通过");
        assertThat(listed.findElement(By.cssSelector(".decided-by")).getText()).isEqualTo("uipr1-approver");
    }

    @Test
    void anApproverCannotApproveTheirOwnRequestInTheInboxNorByPostingTheApproval() {
        String unit = "UIPR-2";
        Http api = openLedger(unit, "uipr2-approver");
        logIn("uipr2-approver");
        String id = requestPayment(api, unit, "500.00", "记-UIPR2-1");

        browser.findElement(By.id("approvals-link")).click();
        WebElement row = waitFor(pendingRow(unit, id));
        assertThat(row.findElement(By.cssSelector(".own-request")).getText()).isEqualTo("本人申请，须由他人审核");
        assertThat(row.findElements(By.cssSelector("button.approve"))).isEmpty();
        screenshot("75-own-request");

        // What a crafted form would send: the server refuses it just the same.
        postCraftedForm("/ledgers/" + unit + "/2023/payment-requests/" + id + "/approval",
                Map.of("requestId", "crafted-self-approval", "effectiveDate", "2023-03-01"));
        assertThat(waitFor(By.id("refused")).getText()).isEqualTo("本人申请，须由他人审核");
        assertThat(browser.findElement(By.tagName("code")).getText()).isEqualTo("SELF_APPROVAL_FORBIDDEN");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("403");
        screenshot("76-self-approval-refused");
        assertThat(spentReservedAvailable(unit)).containsExactly("0.00", "500.00", "99500.00");
    }

    @Test
    void aRejectionWithAReasonReleasesTheHoldAndTheRequestShowsAsReturnedWithTheReason() {
        String unit = "UIPR-3";
        openLedger(unit, "uipr3-approver");
        Http recorderApi = user("uipr3-recorder", unit + ":RECORDER");
        logIn("uipr3-recorder");
        String id = requestPayment(recorderApi, unit, "2000.00", "记-UIPR3-1");
        assertThat(browser.findElement(By.id("figure-available")).getText()).isEqualTo("98000.00");

        logIn("uipr3-approver");
        browser.get(url("/approvals"));
        WebElement row = waitFor(pendingRow(unit, id));
        row.findElement(By.cssSelector(".reject-reason")).sendKeys("发票抬头有误");
        screenshot("77-rejecting");
        row.findElement(By.cssSelector("button.reject")).click();
        assertThat(waitFor(By.id("decision")).getText()).contains(id, "已退回");
        assertThat(spentReservedAvailable(unit)).containsExactly("0.00", "0.00", "100000.00");

        browser.get(url("/ledgers/" + unit + "/2023/payment-requests"));
        new Select(waitFor(By.id("status"))).selectByValue("REJECTED");
        browser.findElement(By.id("status-submit")).click();
        awaitUrl("status=REJECTED");
        WebElement listed = waitFor(By.cssSelector("#payment-requests tr[data-request='" + id + "']"));
        assertThat(listed.findElement(By.cssSelector(".status")).getText()).isEqualTo("已退回");
        assertThat(listed.findElement(By.cssSelector(".rejection-reason")).getText()).isEqualTo("发票抬头有误");
        assertThat(listed.findElement(By.cssSelector(".requester")).getText()).isEqualTo("uipr3-recorder");
        screenshot("78-rejected-list");
        browser.get(url("/ledgers/" + unit + "/2023/payment-requests?status=PENDING"));
        assertThat(waitFor(By.id("request-count")).getText()).isEqualTo("共 0 笔");
    }
}
