package org.budgetledger.query.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.StatementKind;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.report.ReportBuilder;
import org.junit.jupiter.api.Test;

/**
 * The words of the narrative follow the figures: a year below the previous one says 减少 and
 * 下降, an equal one 持平, spending above its budget 大于; an unknown previous year is asked for,
 * never invented.
 */
class NarrativeWriterTest {

    private static final ClassificationCatalogue CATALOGUE = ClassificationCatalogue.shipped();
    private final NarrativeWriter writer = new NarrativeWriter(new ReportBuilder(CATALOGUE), CATALOGUE);

    /**
     * 2040201 basic: initial 100, +20, spent 120 (大于); 2040202 project: initial 50, spent 30 of
     * which 1.00 公务接待费 against a 三公 budget of 0.50 (大于). Totals 170 (income = budget).
     */
    private static LedgerPosition scenario() {
        return new ScenarioPositions()
                .line(BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201"), "100", "20", "30101", "120")
                .line(BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P1", "项目一"), "50", "0", "30217", "1", "30201", "29")
                .threePublicBudget(ThreePublicCategory.RECEPTION, "0.5")
                .statistics(3, 20, 0)
                .position();
    }

    /** The previous year: 收支总计 200 (this year 170: 减少), 财政拨款 170 (持平), 一般公共预算 100 (增加), 公务接待费 1.00 (持平). */
    private static PriorYear previous() {
        return PriorYear.fromStatement(Map.of("TOTAL", "2000000.00", "FISCAL_TOTAL", "1700000.00",
                "GENERAL_BUDGET_SPENT", "1000000.00", "RECEPTION", "10000.00"));
    }

    @Test
    void aYearBelowThePreviousSaysDecreaseAnEqualOneSaysUnchangedAndAHigherOneIncrease() {
        Narrative narrative = writer.write(scenario(), previous(), PublicationFacts.NONE);

        assertThat(paragraph(narrative, "一", 0)).contains("收、支总计170.00万元")
                .contains("与上年相比，减少30.00万元，下降15.00%，主要原因是：【待填写：收支总计增减变化的主要原因】。");
        assertThat(paragraph(narrative, "四", 0)).endsWith("财政拨款收、支总计170.00万元，与上年相比，持平。");
        assertThat(paragraph(narrative, "五", 1)).contains("一般公共预算财政拨款支出增加50.00万元，增长50.00%");
        assertThat(text(narrative, "七")).contains("公务接待费支出预算为0.50万元，支出决算为1.00万元，完成预算的200.00%，决算数大于预算数的主要原因是：")
                .contains("与上年相比持平。");
    }

    @Test
    void spendingAboveTheInitialBudgetSaysGreaterAndBelowItSaysLess() {
        String detail = text(writer.write(scenario(), previous(), PublicationFacts.NONE), "五");

        assertThat(detail).contains("年初预算数为150.00万元，一般公共预算财政拨款支出决算数为150.00万元，完成年初预算的100.00%")
                .contains("公共安全支出（类）公安（款）行政运行（项）。\n年初预算为100.00万元，支出决算为120.00万元，完成年初预算的120.00%，"
                        + "决算数大于年初预算数的主要原因是：【待填写：决算数大于年初预算数的主要原因】。")
                .contains("一般行政管理事务（项）。\n年初预算为50.00万元，支出决算为30.00万元，完成年初预算的60.00%，决算数小于年初预算数");
    }

    @Test
    void theComparisonAndChangeWordsAreFiguresAndTheReasonsPlaceholders() {
        NarrativeParagraph overall = narrativeParagraph(writer.write(scenario(), previous(), PublicationFacts.NONE), "一", 0);

        assertThat(overall.spans()).contains(NarrativeSpan.figure("减少"), NarrativeSpan.figure("30.00"), NarrativeSpan.figure("下降"),
                NarrativeSpan.figure("15.00"));
        assertThat(overall.spans()).filteredOn(span -> span.kind() == NarrativeSpan.Kind.PLACEHOLDER).hasSize(1);
    }

    @Test
    void aPreviousYearNobodyKnowsIsAskedForNeverInvented() {
        Narrative narrative = writer.write(scenario(), PriorYear.NONE, PublicationFacts.NONE);

        assertThat(paragraph(narrative, "一", 0)).contains("与上年相比，【待填写：上年收支总计缺失")
                .doesNotContain("增加").doesNotContain("减少").doesNotContain("持平");
        // 因公出国 was not stated even in the statement of the other test: its change is asked for too.
        assertThat(text(writer.write(scenario(), previous(), PublicationFacts.NONE), "七"))
                .contains("因公出国（境）费支出预算为0.00万元，支出决算为0.00万元，决算数等于预算数。与上年相比【待填写：上年因公出国（境）费缺失");
    }

    @Test
    void sharesOfOneWholeAddUpToExactly100() {
        LedgerPosition thirds = new ScenarioPositions()
                .line(BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201"), "10", "0", "30101", "10")
                .line(BudgetLine.basic(Fund.GENERAL_BUDGET, "2080501"), "10", "0", "30302", "10")
                .line(BudgetLine.basic(Fund.GENERAL_BUDGET, "2101101"), "10", "0", "30110", "10")
                .position();

        String structure = paragraph(writer.write(thirds, PriorYear.NONE, PublicationFacts.NONE), "五", 3);

        assertThat(structure).isEqualTo("2024年度一般公共预算财政拨款支出30.00万元，主要用于以下方面：公共安全（类）支出10.00万元，占33.34%；"
                + "社会保障和就业（类）支出10.00万元，占33.33%；卫生健康（类）支出10.00万元，占33.33%。");
    }

    @Test
    void aUnitWithoutGovernmentFundOrStateCapitalMoneySaysSoAndOneWithItGivesTheFigures() {
        Narrative without = writer.write(scenario(), PriorYear.NONE, PublicationFacts.NONE);
        assertThat(paragraph(without, "八", 0)).isEqualTo("本单位没有政府性基金预算收入，也没有使用政府性基金安排的支出。");
        assertThat(paragraph(without, "九", 0)).isEqualTo("本单位没有使用国有资本经营预算安排的支出。");

        LedgerPosition withFund = new ScenarioPositions()
                .line(BudgetLine.project(Fund.GOVERNMENT_FUND, "2120501", "G1", "基金项目"), "8", "0", "30201", "5")
                .position();
        Narrative with = writer.write(withFund, PriorYear.NONE, PublicationFacts.NONE);
        assertThat(paragraph(with, "八", 0)).startsWith("2024年度政府性基金预算财政拨款年初结转和结余0.00万元，本年收入8.00万元，本年支出5.00万元，"
                + "年末结转和结余3.00万元，主要用于【待填写：");
        assertThat(paragraph(with, "九", 0)).isEqualTo("本单位没有使用国有资本经营预算安排的支出。");
    }

    private static String text(Narrative narrative, String number) {
        return String.join("\n", section(narrative, number).paragraphs().stream().map(NarrativeParagraph::text).toList());
    }

    private static String paragraph(Narrative narrative, String number, int index) {
        return narrativeParagraph(narrative, number, index).text();
    }

    private static NarrativeParagraph narrativeParagraph(Narrative narrative, String number, int index) {
        return section(narrative, number).paragraphs().get(index);
    }

    private static NarrativeSection section(Narrative narrative, String number) {
        return narrative.sections().stream().filter(section -> section.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void operatingCostsMeetingsProcurementAndVehiclesComeFromTheBooksFacts() {
        LedgerPosition position = new ScenarioPositions()
                .line(BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201"), "100", "20", "30101", "100", "30201", "12", "30215", "3")
                .controlBudget(ControlBudgetCategory.OPERATING_COSTS, "10")
                .controlBudget(ControlBudgetCategory.MEETING, "2")
                .procurement("6", "1", "3", "4", "2.5")
                .statement(StatementKind.ASSETS, Map.of("EMERGENCY", "1", "LAW_ENFORCEMENT", "7", "OTHER", "2"))
                .statement(StatementKind.PRIOR_YEAR, Map.of("OPERATING_COSTS", "150000.00"))
                .position();

        Narrative narrative = writer.write(position, null);

        // 机关运行经费 = 公用经费 15 (12 + 3): above its budget of 10, equal to the previous year's 15.
        assertThat(paragraph(narrative, "十", 0)).isEqualTo("2024年度，机关运行经费支出15.00万元，比年初预算数增加5.00万元，增长50.00%，"
                + "主要原因是：【待填写：机关运行经费与年初预算数相比增减变化的主要原因】；比上年决算数持平。");
        assertThat(paragraph(narrative, "十一", 0)).isEqualTo("2024年度，会议费年初预算2.00万元，支出决算为3.00万元（其中，一般公共预算基本支出会议费3.00万元），"
                + "完成年初预算的150.00%，决算数大于年初预算数。");
        assertThat(paragraph(narrative, "十一", 2)).startsWith("培训费年初预算【待填写：培训费年初预算数（账簿中未设定）】，支出决算为0.00万元");
        assertThat(paragraph(narrative, "十二", 0)).isEqualTo("2024年度政府采购支出总额10.00万元，其中：政府采购货物支出6.00万元、政府采购工程支出1.00万元、"
                + "政府采购服务支出3.00万元。授予中小企业合同金额4.00万元，占政府采购支出总额的40.00%，其中：授予小微企业合同金额2.50万元，"
                + "占政府采购支出总额的25.00%。");
        assertThat(paragraph(narrative, "十三", 0)).startsWith("截至2024年12月31日，共有车辆10辆（").contains("其中，应急保障用车1辆、执法执勤用车7辆、"
                + "特种专业技术用车0辆、其他用车2辆，其他用车主要是【待填写：其他用车的用途】；单位价值50万元以上通用设备【待填写：");
        assertThat(text(narrative, "七")).contains("公务用车保有量为10辆。");
    }

    @Test
    void aUnitWithoutProcurementSaysSo() {
        assertThat(paragraph(writer.write(scenario(), null), "十二", 0)).isEqualTo("2024年度本单位没有政府采购支出。");
    }

    @Test
    void aPreviousYearInTheBooksIsReadFromItsTablesNotFromTheStatement() {
        LedgerPosition thisYear = new ScenarioPositions()
                .line(BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201"), "100", "0", "30101", "80", "30201", "20")
                .statement(StatementKind.PRIOR_YEAR, Map.of("TOTAL", "9990000.00", "OPERATING_COSTS", "9990000.00"))
                .position();
        LedgerPosition lastYear = new ScenarioPositions()
                .line(BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201"), "80", "0", "30101", "64", "30201", "16", "30217", "0.5")
                .position();

        Narrative narrative = writer.write(thisYear, lastYear);

        // 收支总计 100 against 80 (not the statement's 999), 机关运行经费 20 against 16.5, 公务接待费 0 against 0.50.
        assertThat(paragraph(narrative, "一", 0)).contains("与上年相比，增加20.00万元，增长25.00%");
        assertThat(paragraph(narrative, "十", 0)).contains("比上年决算数增加3.50万元，增长21.21%");
        assertThat(text(narrative, "七")).contains("与上年相比减少0.50万元，下降100.00%");
    }
}
