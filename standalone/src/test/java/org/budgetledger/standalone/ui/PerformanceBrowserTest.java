package org.budgetledger.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.budgetledger.standalone.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The self-evaluation (绩效自评) through the UI: a 财务负责人 sets a project's targets in the indicator table (a
 * weight total other than 90 is refused beside the table and records nothing), a clerk (经办) records a result
 * that misses its target (refused without a reason, accepted with one), and the project's 自评表 then shows the
 * score the domain rule gives, the line's budget figures, the total and the grade. Each user holds only the grant
 * they need. And the demo ledger's unit page shows the generated budget part of the narrative.
 */
class PerformanceBrowserTest extends BrowserTestSupport {

    private static final String UNIT = "UIPF-1";
    private static final String LEDGER = "/ledgers/" + UNIT + "/2023";
    private static final String PROJECT = "UIPF1-P01";
    private static final String LINE = "{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040219\",\"nature\":\"PROJECT\","
            + "\"projectCode\":\"" + PROJECT + "\",\"projectName\":\"交通设施维护\"}";

    /** Opens the ledger with 200000.00 on the project's line and 150000.00 spent of it. */
    private static void openLedger(Http approver, Http recorder) {
        approver.command("/api/v1/ledgers", "{\"requestId\":\"open-" + UNIT + "\",\"unitCode\":\"" + UNIT
                + "\",\"unitName\":\"绩效自评测试单位\",\"fiscalYear\":2023}");
        approver.command("/api/v1" + LEDGER + "/appropriations", "{\"requestId\":\"a-" + UNIT + "\",\"line\":" + LINE
                + ",\"amount\":\"200000.00\",\"documentNo\":\"测试〔2023〕1号\",\"effectiveDate\":\"2023-01-10\"}");
        JsonNode spent = recorder.command("/api/v1" + LEDGER + "/expenditures", "{\"requestId\":\"e-" + UNIT + "\",\"line\":" + LINE
                + ",\"economicCode\":\"30213\",\"amount\":\"150000.00\",\"effectiveDate\":\"2023-05-10\",\"voucherNo\":\"记-UIPF-1\"}");
        recorder.getJson("/api/v1" + LEDGER + "/lines?minSequence=" + spent.get("sequence").asLong());
    }

    /** Fills row {@code row} of the indicator table. */
    private static void indicator(int row, String code, String level1, String level2, String name, String comparator,
            String target, String unit, String weight) {
        fill(Map.of("indicators-" + row + "-code", code, "indicators-" + row + "-level1", level1, "indicators-" + row + "-level2",
                level2, "indicators-" + row + "-name", name, "indicators-" + row + "-comparator", comparator,
                "indicators-" + row + "-weight", weight));
        if (target != null) {
            fill(Map.of("indicators-" + row + "-target", target));
        }
        if (unit != null) {
            fill(Map.of("indicators-" + row + "-unit", unit));
        }
    }

    /** The project's 自评表 as the read side holds it after entry {@code sequence}. */
    private void openProjectPage(Http api, String sequence) {
        api.getJson("/api/v1" + LEDGER + "/lines?minSequence=" + sequence);
        browser.get(url(LEDGER + "/performance/projects/" + PROJECT));
        waitFor(By.id("indicators"));
    }

    private static String cell(String table, String code, String column) {
        return browser.findElement(By.cssSelector("#" + table + " tr[data-code='" + code + "'] td." + column)).getText();
    }

    /** 正向: weight × actual / target when the target is missed, rounded half-up to 2 decimals once (domain.md). */
    private static BigDecimal atLeastScore(String weight, String actual, String target) {
        BigDecimal share = new BigDecimal(actual).divide(new BigDecimal(target), MathContext.DECIMAL128).min(BigDecimal.ONE);
        return new BigDecimal(weight).multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void targetsThroughTheIndicatorTableAResultWithItsReasonAndTheProjectSheetShowsTheScoreBudgetTotalAndGrade() {
        Http approverApi = user("uipf1-approver", UNIT + ":APPROVER");
        Http recorderApi = user("uipf1-recorder", UNIT + ":RECORDER");
        openLedger(approverApi, recorderApi);

        // A clerk sees the results form, not the targets form, and cannot set targets by posting the form.
        logIn("uipf1-recorder");
        browser.get(url(LEDGER + "/performance/projects/" + PROJECT));
        waitFor(By.id("results-link"));
        assertThat(browser.findElements(By.id("targets-link"))).as("no targets form for a RECORDER").isEmpty();
        browser.get(url(LEDGER + "/performance/targets"));
        assertThat(waitFor(By.id("refused")).getText()).isEqualTo("您的角色无权执行此操作");
        browser.get(url(LEDGER + "/performance"));
        waitFor(By.id("results-link"));
        postCraftedForm(LEDGER + "/performance/targets", Map.of("requestId", "crafted-targets", "scope", PROJECT,
                "overallGoal", "目标", "effectiveDate", "2023-01-20", "indicators[0].code", "X", "indicators[0].level1", "OUTPUT",
                "indicators[0].level2", "QUANTITY", "indicators[0].name", "数量", "indicators[0].comparator", ">=",
                "indicators[0].weight", "90"));
        assertThat(waitFor(By.id("refused")).getText()).isEqualTo("您的角色无权执行此操作");
        assertThat(browser.findElement(By.tagName("code")).getText()).isEqualTo("FORBIDDEN");
        screenshot("80-performance-targets-refused");

        // The 财务负责人 reaches the targets form from the ledger page; weights adding up to 85 are refused.
        logIn("uipf1-approver");
        browser.get(url(LEDGER));
        waitFor(By.id("performance-link")).click();
        waitFor(By.id("targets-link")).click();
        waitFor(By.id("indicator-rows"));
        assertThat(browser.findElements(By.cssSelector("#indicator-rows tbody tr")).size()).isGreaterThanOrEqualTo(6);
        fill(Map.of("scope", PROJECT, "overallGoal", "确保交通设施完好、规范", "documentNo", "测试绩〔2023〕1号",
                "effectiveDate", "2023-01-20"));
        indicator(0, "OUT-1", "OUTPUT", "QUANTITY", "新建更新交通标志标牌", ">=", "300", "套", "40");
        indicator(1, "OUT-2", "OUTPUT", "TIMELINESS", "护栏清洗周期", "<=", "20", "天", "30");
        indicator(3, "SAT-1", "SATISFACTION", "SATISFACTION", "群众满意度", "QUALITATIVE", null, null, "15");
        browser.findElement(By.id("entry-submit")).click();
        assertThat(waitFor(By.id("e-indicators")).getText()).contains("85", "90");
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("VALIDATION_FAILED", "未记账");
        assertThat(browser.findElement(By.id("f-indicators-3-weight")).getDomProperty("value")).isEqualTo("15");
        screenshot("81-performance-targets-85");
        JsonNode nothing = approverApi.getJson("/api/v1" + LEDGER + "/reports/performance-project?projectCode=" + PROJECT);
        assertThat(nothing.toString()).doesNotContain("IND:").contains("（未设定）");

        fill(Map.of("indicators-3-weight", "20"));
        browser.findElement(By.id("entry-submit")).click();
        assertThat(waitFor(By.id("outcome")).getText()).isEqualTo("已记账。");
        String targetsSequence = browser.findElement(By.id("sequence")).getText();
        screenshot("82-performance-targets-set");

        // The clerk records a result that misses its target: without a reason it is refused beside the reason.
        logIn("uipf1-recorder");
        openProjectPage(recorderApi, targetsSequence);
        browser.findElement(By.id("results-link")).click();
        waitFor(By.id("f-indicatorCode"));
        assertThat(browser.findElement(By.id("scope-shown")).getText()).contains(PROJECT);
        fill(Map.of("indicatorCode", "OUT-1", "actual", "240", "effectiveDate", "2024-01-15"));
        browser.findElement(By.id("entry-submit")).click();
        assertThat(waitFor(By.id("e-deviationReason")).getText()).isNotBlank();
        screenshot("83-performance-result-without-reason");
        fill(Map.of("deviationReason", "部分路段改造延期，标牌顺延至次年安装", "evidence", "验收单"));
        browser.findElement(By.id("entry-submit")).click();
        assertThat(waitFor(By.id("outcome")).getText()).isEqualTo("已记账。");
        String resultSequence = browser.findElement(By.id("sequence")).getText();

        // The project's sheet: the computed score, the line's budget figures, the total and the grade.
        browser.findElement(By.id("evaluation-link")).click();
        awaitUrl("/performance/projects/" + PROJECT);
        openProjectPage(recorderApi, resultSequence);
        JsonNode line = recorderApi.getJson("/api/v1" + LEDGER + "/lines").get("lines").get(0);
        BigDecimal budgetYuan = new BigDecimal(line.get("budget").asString());
        BigDecimal spentYuan = new BigDecimal(line.get("spent").asString());
        assertThat(cell("budget", "FUNDS_TOTAL", "initial")).isEqualTo(wan(budgetYuan));
        assertThat(cell("budget", "FUNDS_TOTAL", "budget")).isEqualTo(wan(budgetYuan));
        assertThat(cell("budget", "FUNDS_TOTAL", "spent")).isEqualTo(wan(spentYuan));
        BigDecimal rate = spentYuan.divide(budgetYuan, MathContext.DECIMAL128);
        assertThat(cell("budget", "FUNDS_TOTAL", "rate")).isEqualTo(rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)
                .toPlainString());
        BigDecimal budgetScore = BigDecimal.TEN.multiply(rate.min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
        assertThat(cell("budget", "FUNDS_TOTAL", "score")).isEqualTo(budgetScore.toPlainString());

        BigDecimal out1 = atLeastScore("40", "240", "300");
        assertThat(cell("indicators", "OUT-1", "score")).isEqualTo(out1.toPlainString());
        assertThat(cell("indicators", "OUT-1", "actual")).isEqualTo("240");
        assertThat(cell("indicators", "OUT-1", "deviation")).isEqualTo("部分路段改造延期，标牌顺延至次年安装");
        assertThat(cell("indicators", "OUT-1", "level1")).isEqualTo("产出指标");
        assertThat(cell("indicators", "OUT-1", "level2")).isEqualTo("数量指标");
        assertThat(cell("indicators", "OUT-2", "score")).as("no result yet").isEqualTo("0.00");
        assertThat(browser.findElement(By.id("goal")).getText()).contains("确保交通设施完好、规范");
        BigDecimal total = budgetScore.add(out1);
        assertThat(browser.findElement(By.id("total-score")).getText()).isEqualTo(total.toPlainString());
        assertThat(browser.findElement(By.id("grade")).getText()).isEqualTo(grade(total));
        assertThat(browser.findElement(By.id("download-csv")).getDomAttribute("href"))
                .contains("/tables/performance-project.csv", "projectCode=" + PROJECT);
        screenshot("84-performance-project-sheet");
    }

    @Test
    void theDemoUnitPageShowsTheGeneratedNarrativeBesideTheOutlineAndListsTheProjects() {
        loadDemoLedger();
        user("ui-perf-viewer", "ZZJJ:VIEWER");
        logIn("ui-perf-viewer");
        browser.get(url("/ledgers/ZZJJ/2023"));
        waitFor(By.id("performance-link")).click();
        String narrative = waitFor(By.id("narrative")).getText();
        assertThat(narrative).contains("年初预算总计", "占年初预算总额的", "占比合计100.00%");
        assertThat(browser.findElements(By.id("targets-link"))).as("a viewer gets no form").isEmpty();
        assertThat(browser.findElements(By.id("results-link"))).isEmpty();
        List<WebElement> generated = browser.findElements(By.cssSelector("#outline li[data-source='LEDGER']"));
        assertThat(generated).extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains("一般公共预算支出情况"));
        assertThat(browser.findElement(By.cssSelector("#outline li[data-source='PERSON']")).getText()).contains("基本情况");
        assertThat(browser.findElements(By.cssSelector("#indicators tbody tr[data-code]"))).isNotEmpty();
        assertThat(browser.findElement(By.id("grade")).getText()).isIn("优", "良", "中", "差");
        screenshot("85-performance-unit-demo");
        browser.findElement(By.cssSelector("#projects li[data-project='ZZJJ-P01'] a")).click();
        awaitUrl("/performance/projects/ZZJJ-P01");
        assertThat(waitFor(By.id("project")).getText()).contains("ZZJJ-P01");
        assertThat(browser.findElements(By.cssSelector("#indicators tbody tr[data-code]"))).isNotEmpty();
    }

    private static String wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10000)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String grade(BigDecimal total) {
        return total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
                : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }
}
