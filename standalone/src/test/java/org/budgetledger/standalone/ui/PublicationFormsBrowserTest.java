package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.standalone.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The forms of the facts the 情况说明 needs and the books lack: procurement on an expenditure and a
 * payment request (a clerk's), the 会议费 budget that then refuses spending beyond it, and the
 * statements of assets and of the previous year's totals (an APPROVER's). Each checks the table or
 * the history entry the fact ends up in.
 */
class PublicationFormsBrowserTest extends BrowserTestSupport {

    /** Opens the unit's 2023 ledger as its APPROVER, with an appropriation on the basic line 2040201 if one is given. */
    private Http openLedger(String unit, String approver, String appropriation) {
        Http api = user(approver, unit + ":APPROVER");
        api.command("/api/v1/ledgers", "{\"requestId\":\"open-" + unit + "\",\"unitCode\":\"" + unit
                + "\",\"unitName\":\"情况说明测试单位" + unit + "\",\"fiscalYear\":2023}");
        if (appropriation != null) {
            api.command("/api/v1/ledgers/" + unit + "/2023/appropriations", "{\"requestId\":\"a-" + unit + "\",\"line\":"
                    + "{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},\"amount\":\""
                    + appropriation + "\",\"documentNo\":\"测试〔2023〕1号\",\"effectiveDate\":\"2023-01-10\"}");
        }
        return api;
    }

    private void submitForm(String path, Map<String, String> values) {
        browser.get(url(path));
        waitFor(By.id("entry-submit"));
        fill(values);
        browser.findElement(By.id("entry-submit")).click();
    }

    private static Map<String, String> spending(String economicCode, String amount, String voucherNo, String... more) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("fund", "GENERAL_BUDGET", "functionCode", "2040201",
                "nature", "BASIC", "economicCode", economicCode, "amount", amount, "effectiveDate", "2023-03-01",
                "voucherNo", voucherNo));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return values;
    }

    /** The success line of the page a submit leads to, or "refused: " and the refusal's summary. */
    private static String outcome() {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            List<WebElement> recorded = driver.findElements(By.id("outcome"));
            List<WebElement> refused = driver.findElements(By.id("refusal"));
            return !recorded.isEmpty() ? recorded.get(0).getText()
                    : !refused.isEmpty() ? "refused: " + refused.get(0).getText() : null;
        });
    }

    private static long shownSequence() {
        return Long.parseLong(browser.findElement(By.id("sequence")).getText());
    }

    /** The ledger's entry count, once the read side holds entry {@code atLeast}. */
    private static long sequence(Http api, String unit, long atLeast) {
        return api.getJson("/api/v1/ledgers/" + unit + "/2023/lines?minSequence=" + atLeast).get("sequence").asLong();
    }

    /** A table of the ledger as row code → column → cell text (null cells as null), once the read side holds entry {@code sequence}. */
    private static Map<String, Map<String, String>> table(Http api, String unit, String id, long sequence) {
        JsonNode json = api.getJson("/api/v1/ledgers/" + unit + "/2023/reports/" + id + "?minSequence=" + sequence);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (JsonNode row : json.get("rows")) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.get("cells").properties().forEach(cell -> cells.put(cell.getKey(),
                    cell.getValue().isNull() ? null : cell.getValue().asString()));
            rows.put(row.get("code").asString(), cells);
        }
        return rows;
    }

    private List<String> entryTitles() {
        List<String> titles = new ArrayList<>();
        waitFor(By.id("entries")).findElements(By.tagName("a")).forEach(link -> titles.add(link.getText()));
        return titles;
    }

    @Test
    void aClerksExpenditureUnderProcurementIsInTheProcurementTableAndASizeWithoutAMethodIsRefusedBesideTheMethod() {
        String unit = "UIPUB-1";
        openLedger(unit, "uipub1-approver", "500000.00");
        Http clerk = user("uipub1-recorder", unit + ":RECORDER");
        logIn("uipub1-recorder");
        browser.get(url("/ledgers/" + unit + "/2023/entries"));
        assertThat(entryTitles()).contains("支出", "付款申请")
                .noneMatch(title -> title.startsWith("一般性支出预算") || title.startsWith("情况说明事实"));

        submitForm("/ledgers/" + unit + "/2023/entries/expenditure", spending("31002", "123456.78", "记-UIPUB1-1",
                "procurement.supplierSize", "SMALL_MICRO"));
        assertThat(outcome()).contains("VALIDATION_FAILED", "未记账");
        assertThat(browser.findElement(By.id("e-procurement.method")).getText()).contains("is required");
        assertThat(browser.findElement(By.id("f-procurement.method")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("f-procurement.supplierSize")).getAttribute("value")).isEqualTo("SMALL_MICRO");
        screenshot("110-procurement-size-without-method");
        assertThat(sequence(clerk, unit, 2)).as("nothing recorded").isEqualTo(2);

        submitForm("/ledgers/" + unit + "/2023/entries/expenditure", spending("31002", "123456.78", "记-UIPUB1-1",
                "procurement.method", "GOODS", "procurement.supplierSize", "SMALL_MICRO"));
        assertThat(outcome()).isEqualTo("已记账。");
        assertThat(browser.findElement(By.id("figure-spent")).getText()).isEqualTo("123456.78");
        screenshot("111-procured-expenditure-recorded");

        submitForm("/ledgers/" + unit + "/2023/entries/payment-request", spending("30227", "20000.00", "记-UIPUB1-2",
                "procurement.method", "SERVICES", "procurement.supplierSize", "MEDIUM"));
        assertThat(outcome()).isEqualTo("已提交付款申请，金额已冻结，待审核。");
        long sequence = shownSequence();

        Map<String, Map<String, String>> procurement = table(clerk, unit, "procurement", sequence);
        assertThat(procurement.get("GOODS").get("amount")).as("123456.78 in 万元").isEqualTo("12.35");
        assertThat(procurement.get("SERVICES").get("amount")).as("a pending request is not spent").isEqualTo("0.00");
        assertThat(procurement.get("TOTAL").get("amount")).isEqualTo("12.35");
        assertThat(procurement.get("SME").get("amount")).isEqualTo("12.35");
        assertThat(procurement.get("SMALL_MICRO").get("amount")).isEqualTo("12.35");
        assertThat(procurement.get("SMALL_MICRO").get("sharePct")).isEqualTo("100.00");

        JsonNode requested = clerk.getJson("/api/v1/ledgers/" + unit + "/2023/history?type=PaymentRequested").get("entries").get(0);
        assertThat(requested.get("procurement").get("method").asString()).isEqualTo("SERVICES");
        assertThat(requested.get("procurement").get("supplierSize").asString()).isEqualTo("MEDIUM");

        browser.get(url("/ledgers/" + unit + "/2023/history?type=ExpenditureRecorded"));
        assertThat(waitFor(By.cssSelector("#history tr[data-type='ExpenditureRecorded']")).getText())
                .contains("记-UIPUB1-1", "政府采购：货物，小微企业", "123456.78");
        screenshot("112-history-procurement");
    }

    @Test
    void aMeetingBudgetSetOnItsFormRefusesAClerksSpendingBeyondItWithNothingRecorded() {
        String unit = "UIPUB-2";
        Http approver = openLedger(unit, "uipub2-approver", "500000.00");
        Http clerk = user("uipub2-recorder", unit + ":RECORDER");
        logIn("uipub2-approver");
        browser.get(url("/ledgers/" + unit + "/2023/entries"));
        assertThat(entryTitles()).contains("一般性支出预算（会议费、培训费、机关运行经费）",
                "情况说明事实：国有资产占用（车辆、大型设备）", "情况说明事实：上年决算数（上年不在账簿中时）");
        screenshot("113-entries-index-approver");

        submitForm("/ledgers/" + unit + "/2023/entries/control-budget", Map.of("category", "MEETING", "amount", "5000.00",
                "documentNo", "测试〔2023〕9号", "effectiveDate", "2023-01-15"));
        assertThat(outcome()).isEqualTo("已记账。");
        long budgetSet = shownSequence();
        screenshot("114-meeting-budget-set");

        logIn("uipub2-recorder");
        submitForm("/ledgers/" + unit + "/2023/entries/expenditure", spending("30215", "6000.00", "记-UIPUB2-1"));
        WebElement refusal = waitFor(By.id("refusal"));
        assertThat(refusal.findElement(By.tagName("strong")).getText()).isEqualTo("CONTROL_BUDGET_EXCEEDED");
        assertThat(refusal.getText()).contains("未记账", "会议费", "6000.00", "above its control budget of 5000.00");
        assertThat(browser.findElement(By.id("f-amount")).getAttribute("value")).isEqualTo("6000.00");
        screenshot("115-meeting-above-budget");
        assertThat(sequence(clerk, unit, budgetSet)).as("nothing recorded").isEqualTo(budgetSet);
        Map<String, String> meeting = table(approver, unit, "general-costs", budgetSet).get("MEETING");
        assertThat(meeting.get("budget")).isEqualTo("0.50");
        assertThat(meeting.get("spent")).isEqualTo("0.00");

        submitForm("/ledgers/" + unit + "/2023/entries/expenditure", spending("30215", "4000.00", "记-UIPUB2-2"));
        assertThat(outcome()).isEqualTo("已记账。");
        meeting = table(approver, unit, "general-costs", shownSequence()).get("MEETING");
        assertThat(meeting.get("spent")).isEqualTo("0.40");
        assertThat(meeting.get("executionPct")).as("4000 / 5000").isEqualTo("80.00");
    }

    @Test
    void anAssetsStatementIsInTheHistoryWithOnlyTheFiguresFilledInAndThePriorYearGivesTheOperatingCostsComparison() {
        String unit = "UIPUB-3";
        Http approver = openLedger(unit, "uipub3-approver", null);
        logIn("uipub3-approver");

        submitForm("/ledgers/" + unit + "/2023/entries/assets-statement", Map.of("figures.EMERGENCY", "1",
                "figures.LAW_ENFORCEMENT", "124", "figures.SPECIAL_TECHNICAL", "21", "figures.OTHER", "3",
                "effectiveDate", "2023-12-31"));
        assertThat(outcome()).isEqualTo("已记账。");
        long stated = shownSequence();
        screenshot("116-assets-statement-recorded");

        sequence(approver, unit, stated);
        browser.get(url("/ledgers/" + unit + "/2023/history?type=StatementRecorded"));
        List<WebElement> rows = waitFor(By.id("history")).findElements(By.cssSelector("tr[data-type='StatementRecorded']"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("情况说明：车辆和大型设备", "uipub3-approver", "2023-12-31",
                "应急保障用车 1；执法执勤用车 124；特种专业技术用车 21；其他用车 3").doesNotContain("通用设备", "专用设备", "0.00");
        screenshot("117-history-assets-statement");
        JsonNode figures = approver.getJson("/api/v1/ledgers/" + unit + "/2023/history?type=StatementRecorded")
                .get("entries").get(0).get("figures");
        assertThat(figures.propertyNames()).as("empty inputs are not sent")
                .containsExactlyInAnyOrder("EMERGENCY", "LAW_ENFORCEMENT", "SPECIAL_TECHNICAL", "OTHER");

        submitForm("/ledgers/" + unit + "/2023/entries/prior-year-statement", Map.of("figures.TOTAL", "150000000.00",
                "figures.OPERATING_COSTS", "826888.005", "effectiveDate", "2023-01-06"));
        assertThat(waitFor(By.id("e-figures.OPERATING_COSTS")).getText()).contains("at most 2 decimals");
        assertThat(browser.findElement(By.id("f-figures.TOTAL")).getAttribute("value")).isEqualTo("150000000.00");
        screenshot("118-prior-year-bad-amount");
        assertThat(sequence(approver, unit, stated)).as("nothing recorded").isEqualTo(stated);

        submitForm("/ledgers/" + unit + "/2023/entries/prior-year-statement", Map.of("figures.TOTAL", "150000000.00",
                "figures.OPERATING_COSTS", "82688800.00", "effectiveDate", "2023-01-06"));
        assertThat(outcome()).isEqualTo("已记账。");
        Map<String, String> operatingCosts = table(approver, unit, "general-costs", shownSequence()).get("OPERATING_COSTS");
        assertThat(operatingCosts.get("priorYear")).as("82688800.00 in 万元").isEqualTo("8268.88");
    }
}
