package org.budgetledger.query.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.narrative.NarrativeParagraph;
import org.budgetledger.query.narrative.NarrativeSection;
import org.budgetledger.query.narrative.NarrativeSpan;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportColumn;
import org.budgetledger.query.report.ReportRow;
import org.junit.jupiter.api.Test;

/**
 * The Word publication read back with POI: its parts as headings (so that the TOC field finds
 * them), the 目录 listing them for a reader that does not update fields, every cell of the tables
 * where the published layout puts it, the narrative's figures bold and its placeholders
 * highlighted, and the 名词解释.
 */
class PublicationDocxWriterTest {

    private static final String UNIT = "测试市公安局交通警察支队";

    private static ReportColumn amount(String key, String label) {
        return new ReportColumn(key, label, null, ReportColumn.Kind.AMOUNT);
    }

    private static ReportColumn grouped(String key, String group, String heading) {
        return new ReportColumn(key, group + heading, group, ReportColumn.Kind.AMOUNT);
    }

    private static ReportRow row(String code, String name, int level, String... cells) {
        return row(code, name, level, List.of("total", "basic", "project"), cells);
    }

    private static ReportRow row(String code, String name, int level, List<String> keys, String... cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            values.put(keys.get(i), cells[i]);
        }
        return new ReportRow(code, name, level, values);
    }

    private static Report report(String id, String number, String title, List<ReportColumn> columns, List<ReportRow> rows) {
        return new Report("CS/2023", id, number, title, Report.AMOUNT_UNIT, 12, null, null, UNIT, 2023, null, columns, rows);
    }

    /** 03 as the engine gives it: 合计, then 类, 款 and 项 rows. */
    static final Report EXPENDITURE = report("expenditure", "03", "支出决算表",
            List.of(amount("total", "本年支出合计"), amount("basic", "基本支出"), amount("project", "项目支出")),
            List.of(row("TOTAL", "合计", 0, "1746.27", "1121.27", "625.00"),
                    row("204", "公共安全支出", 1, "1746.27", "1121.27", "625.00"),
                    row("20402", "公安", 2, "1746.27", "1121.27", "625.00"),
                    row("2040201", "行政运行", 3, "1121.27", "1121.27", "0.00"),
                    row("2040202", "一般行政管理事务", 3, "625.00", "0.00", "625.00")));

    private static final List<String> AMOUNT = List.of("amount");

    /** 01 flattened as the engine gives it: the income side, then the expenditure side. */
    static final Report SUMMARY = report("income-expenditure-summary", "01", "收入支出决算总表",
            List.of(amount("amount", "金额")),
            List.of(row("INCOME_GENERAL_BUDGET", "一般公共预算财政拨款收入", 1, AMOUNT, "1800.00"),
                    row("INCOME_OTHER", "其他收入", 1, AMOUNT, "0.00"),
                    row("INCOME_TOTAL", "本年收入合计", 0, AMOUNT, "1800.00"),
                    row("OPENING_BALANCE", "年初结转和结余", 1, AMOUNT, "12.34"),
                    row("GRAND_TOTAL_INCOME", "总计", 0, AMOUNT, "1812.34"),
                    row("201", "一般公共服务支出", 1, AMOUNT, "0.00"),
                    row("204", "公共安全支出", 1, AMOUNT, "1746.27"),
                    row("208", "社会保障和就业支出", 1, AMOUNT, "50.00"),
                    row("EXPENDITURE_TOTAL", "本年支出合计", 0, AMOUNT, "1796.27"),
                    row("CLOSING_BALANCE", "年末结转和结余", 1, AMOUNT, "16.07"),
                    row("GRAND_TOTAL_EXPENDITURE", "总计", 0, AMOUNT, "1812.34")));

    /** 05's two-level header: 本年支出 over 合计, 基本支出, 项目支出. */
    static final Report GENERAL_BUDGET = report("general-budget-expenditure", "05", "一般公共预算财政拨款支出决算表",
            List.of(grouped("expenditureTotal", "本年支出", "合计"), grouped("expenditureBasic", "本年支出", "基本支出"),
                    grouped("expenditureProject", "本年支出", "项目支出")),
            List.of(row("TOTAL", "合计", 0, List.of("expenditureTotal", "expenditureBasic", "expenditureProject"),
                    "1746.27", "1121.27", "625.00")));

    static final String PLACEHOLDER = NarrativeSpan.placeholder("主要原因").text();

    static final Narrative NARRATIVE = new Narrative("CS/2023", UNIT, 2023, List.of(
            new NarrativeSection("一", "收入支出决算总体情况说明", List.of(new NarrativeParagraph(List.of(
                    NarrativeSpan.text("2023年度收入总计"), NarrativeSpan.figure("1812.34"), NarrativeSpan.text("万元，"),
                    NarrativeSpan.text("与上年相比"), NarrativeSpan.figure("增加"), NarrativeSpan.text("，主要原因是"),
                    NarrativeSpan.placeholder("主要原因"), NarrativeSpan.text("。"))))),
            new NarrativeSection("五", "一般公共预算财政拨款支出决算情况说明", List.of(
                    new NarrativeParagraph(List.of(NarrativeSpan.text("（一）一般公共预算财政拨款支出决算总体情况"))),
                    new NarrativeParagraph(List.of(NarrativeSpan.text("支出"), NarrativeSpan.figure("1746.27"),
                            NarrativeSpan.text("万元。")))))));

    private static XWPFDocument written(Publication publication) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PublicationDocxWriter().write(publication, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The self-evaluation table of the unit, as the engine gives a budget row of it. */
    static final Report UNIT_EVALUATION = report("performance-unit", null, "部门（单位）整体支出绩效自评表",
            List.of(amount("budget", "全年预算数"), amount("spent", "全年执行数")),
            List.of(row("BUDGET_TOTAL", "年度资金总额", 1, List.of("budget", "spent"), "1800.00", "1746.27")));

    /** The budget text as the engine writes it: its title line, a note, then its parts. */
    static final String BUDGET_TEXT = UNIT + "2023年度整体支出绩效自评：预算执行情况\n（本文数字均由账簿生成。）\n\n"
            + "一、预算安排\n（一）2023年年初预算总计1800.00万元。\n\n三、预算执行\n全年执行数1746.27万元。\n";

    private static Publication publication() {
        return publication(List.of(UNIT_EVALUATION));
    }

    private static Publication publication(List<Report> selfEvaluationTables) {
        return new Publication("CS/2023", UNIT, 2023, null, null, List.of(SUMMARY, EXPENDITURE, GENERAL_BUDGET), List.of(),
                NARRATIVE, new Publication.SelfEvaluation(BUDGET_TEXT, selfEvaluationTables));
    }

    private static List<String> headings(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static XWPFTable tableAfter(XWPFDocument document, String heading) {
        List<Object> elements = document.getBodyElements().stream().map(Object.class::cast).toList();
        boolean found = false;
        for (Object element : elements) {
            if (element instanceof XWPFParagraph paragraph && paragraph.getText().equals(heading)
                    && paragraph.getStyle() != null) {
                found = true;
            } else if (found && element instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("no table after " + heading);
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static Optional<XWPFTableRow> rowStartingWith(XWPFTable table, String first) {
        return table.getRows().stream().filter(row -> row.getCell(0).getText().equals(first)).findFirst();
    }

    @Test
    void thePartsAreHeadingsAndTheContentsListThemForAReaderThatDoesNotUpdateFields() throws IOException {
        try (XWPFDocument document = written(publication())) {
            assertThat(headings(document, "Heading1")).containsExactly("第一部分 部门概况", "第二部分 2023年度部门决算表",
                    "第三部分 2023年度部门决算情况说明", "第四部分 名词解释", "第五部分 附件");
            assertThat(headings(document, "Heading2")).containsExactly("一、部门职责", "二、机构设置", "一、收入支出决算总表",
                    "三、支出决算表", "五、一般公共预算财政拨款支出决算表", "一、收入支出决算总体情况说明",
                    "五、一般公共预算财政拨款支出决算情况说明", "2023年度" + UNIT + "整体支出绩效自评报告");
            assertThat(headings(document, "Heading3")).containsExactly("（一）一般公共预算财政拨款支出决算总体情况",
                    "一、预算单位基本情况", "二、预算收支及执行情况", "三、资金使用及绩效情况", "（一）部门（单位）整体支出绩效自评表",
                    "四、存在的问题及下一步改进措施");

            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence(UNIT, "2023年度部门决算", "目录", "第一部分 部门概况",
                    "一、部门职责", "二、机构设置", "第二部分 2023年度部门决算表", "一、收入支出决算总表", "三、支出决算表",
                    "五、一般公共预算财政拨款支出决算表", "第三部分 2023年度部门决算情况说明", "一、收入支出决算总体情况说明",
                    "五、一般公共预算财政拨款支出决算情况说明", "第四部分 名词解释", "第一部分 部门概况");
            String xml = document.getDocument().xmlText();
            assertThat(xml).as("a TOC field over the list").contains("TOC \\o \"1-2\"", "fldCharType=\"begin\"",
                    "fldCharType=\"separate\"", "fldCharType=\"end\"");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        }
    }

    @Test
    void theUnitsOwnPartsArePlaceholdersAndTheNarrativeMarksFiguresAndPlaceholders() throws IOException {
        try (XWPFDocument document = written(publication())) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains(PublicationDocxWriter.DUTIES_PLACEHOLDER, PublicationDocxWriter.ORGANISATION_PLACEHOLDER,
                    "2023年度收入总计1812.34万元，与上年相比增加，主要原因是" + PLACEHOLDER + "。", "支出1746.27万元。");
            XWPFParagraph first = document.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("2023年度收入总计")).findFirst().orElseThrow();
            XWPFRun figure = run(first, "1812.34");
            XWPFRun placeholder = run(first, PLACEHOLDER);
            XWPFRun text = run(first, "2023年度收入总计");
            assertThat(figure.isBold()).isTrue();
            assertThat(text.isBold()).isFalse();
            assertThat(placeholder.getTextHighlightColor().toString()).isEqualTo("yellow");
            assertThat(figure.isHighlighted()).isFalse();
            assertThat(paragraphs).contains(Glossary.entries().get(0), Glossary.entries().get(7));
            assertThat(Glossary.entries()).hasSize(8);
            assertThat(Glossary.entries().get(7)).startsWith("八、机关运行经费").contains("办公费、印刷费");
        }
    }

    @Test
    void theSelfEvaluationReportHoldsTheBudgetTextAndTheTablesOrSaysThatTheBooksHaveNoTargets() throws IOException {
        try (XWPFDocument document = written(publication())) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence("第五部分 附件", "2023年度" + UNIT + "整体支出绩效自评报告",
                    "一、预算单位基本情况", PublicationDocxWriter.SELF_EVALUATION_UNIT_PLACEHOLDER, "二、预算收支及执行情况",
                    "（本文数字均由账簿生成。）", "一、预算安排", "（一）2023年年初预算总计1800.00万元。", "三、预算执行",
                    "全年执行数1746.27万元。", "三、资金使用及绩效情况", PublicationDocxWriter.ANALYSIS_PLACEHOLDER,
                    "（一）部门（单位）整体支出绩效自评表", "四、存在的问题及下一步改进措施", PublicationDocxWriter.PROBLEMS_PLACEHOLDER);
            assertThat(paragraphs).as("the budget text's own title is replaced by the heading")
                    .doesNotContain(UNIT + "2023年度整体支出绩效自评：预算执行情况");
            assertThat(paragraphs).doesNotContain(PublicationDocxWriter.NO_TARGETS_PLACEHOLDER);
            XWPFParagraph part = document.getParagraphs().stream().filter(p -> p.getText().equals("一、预算安排")).findFirst().orElseThrow();
            assertThat(part.getRuns().get(0).isBold()).isTrue();
            XWPFTable table = tableAfter(document, "（一）部门（单位）整体支出绩效自评表");
            assertThat(texts(table.getRow(0))).as("no code column, as the published 绩效自评表")
                    .containsExactly("项目及指标", "全年预算数", "全年执行数");
            assertThat(texts(table.getRow(table.getRows().size() - 1))).containsExactly("年度资金总额", "1800.00", "1746.27");
        }
        try (XWPFDocument document = written(publication(List.of()))) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence("三、资金使用及绩效情况", PublicationDocxWriter.NO_TARGETS_PLACEHOLDER,
                    "四、存在的问题及下一步改进措施");
            assertThat(paragraphs).doesNotContain("（一）部门（单位）整体支出绩效自评表", PublicationDocxWriter.ANALYSIS_PLACEHOLDER);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        return paragraph.getRuns().stream().filter(run -> run.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void everyCellOfAOneBlockTableIsWhereThePublishedTablePrintsIt() throws IOException {
        try (XWPFDocument document = written(publication())) {
            XWPFTable table = tableAfter(document, "三、支出决算表");
            assertThat(texts(table.getRow(0))).containsExactly("科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出");
            assertThat(table.getRows()).hasSize(1 + EXPENDITURE.rows().size());
            for (int i = 0; i < EXPENDITURE.rows().size(); i++) {
                ReportRow row = EXPENDITURE.rows().get(i);
                String code = row.code().equals("TOTAL") ? "" : row.code();
                List<String> expected = new java.util.ArrayList<>(List.of(code, row.name()));
                row.cells().values().forEach(value -> expected.add(value.equals("0.00") ? "" : value));
                assertThat(texts(table.getRow(1 + i))).as("row %s", row.code()).containsExactlyElementsOf(expected);
            }
            XWPFTableRow item = rowStartingWith(table, "2040201").orElseThrow();
            assertThat(item.getCell(1).getParagraphs().get(0).getIndentationLeft()).as("项 two steps under its 类").isEqualTo(400);
            assertThat(rowStartingWith(table, "204").orElseThrow().getCell(1).getParagraphs().get(0).getIndentationLeft())
                    .isIn(-1, 0);
        }
    }

    @Test
    void theSummaryPrintsIncomeAndExpenditureSideBySideWithTheirTotalsOnOneLine() throws IOException {
        try (XWPFDocument document = written(publication())) {
            XWPFTable table = tableAfter(document, "一、收入支出决算总表");
            assertThat(texts(table.getRow(0))).containsExactly("收入", "支出");
            assertThat(texts(table.getRow(1))).containsExactly("项目", "金额", "项目", "金额");
            assertThat(texts(table.getRow(2))).containsExactly("一般公共预算财政拨款收入", "1800.00", "一般公共服务支出", "");
            assertThat(texts(table.getRow(3))).containsExactly("其他收入", "", "公共安全支出", "1746.27");
            assertThat(texts(table.getRow(4))).containsExactly("", "", "社会保障和就业支出", "50.00");
            assertThat(texts(table.getRow(5))).containsExactly("本年收入合计", "1800.00", "本年支出合计", "1796.27");
            assertThat(texts(table.getRow(6))).containsExactly("年初结转和结余", "12.34", "年末结转和结余", "16.07");
            assertThat(texts(table.getRow(7))).containsExactly("总计", "1812.34", "总计", "1812.34");
            assertThat(table.getRows()).hasSize(8);
        }
    }

    @Test
    void groupedColumnsHaveTheTwoLevelHeaderOfThePublishedTable() throws IOException {
        try (XWPFDocument document = written(publication())) {
            XWPFTable table = tableAfter(document, "五、一般公共预算财政拨款支出决算表");
            assertThat(texts(table.getRow(0))).containsExactly("科目编码", "科目名称", "本年支出");
            assertThat(table.getRow(0).getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(3);
            assertThat(texts(table.getRow(1))).containsExactly("", "", "合计", "基本支出", "项目支出");
            assertThat(texts(table.getRow(2))).containsExactly("", "合计", "1746.27", "1121.27", "625.00");
        }
    }

    @Test
    void theNarrativeAloneIsADocumentOfItsSections() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PublicationDocxWriter().writeNarrative(NARRATIVE, out);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(headings(document, "Heading1")).containsExactly("一、收入支出决算总体情况说明",
                    "五、一般公共预算财政拨款支出决算情况说明");
            assertThat(headings(document, "Heading2")).containsExactly("（一）一般公共预算财政拨款支出决算总体情况");
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(UNIT);
            assertThat(document.getParagraphs().get(1).getText()).isEqualTo("2023年度部门决算情况说明");
            assertThat(document.getTables()).isEmpty();
        }
    }
}
