package org.budgetledger.query.publication;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.narrative.NarrativeSpan;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportXlsxWriter;

/**
 * Writes the whole 部门决算 as a Word document in the order of the published ones: the cover, the
 * 目录, 第一部分 部门概况 (left for the unit to write), 第二部分 the tables 01–09, 第三部分 the 情况说明,
 * 第四部分 名词解释, 第五部分 附件 (the 整体支出绩效自评报告 that section 十四 of the 情况说明 refers
 * to), and the 附表. The tables are set on landscape pages, the prose on portrait ones.
 *
 * <p>The 目录 is a Word TOC field, which Word recomputes with page numbers when it opens the file;
 * until then, and in LibreOffice, which does not recompute it, the field shows the list of parts and
 * tables written into it here.
 */
public final class PublicationDocxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The parts the unit writes itself: 第一部分 says who the unit is, which no ledger records. */
    static final String DUTIES_PLACEHOLDER = NarrativeSpan.placeholder("部门职责（本部门的主要职能）").text();
    static final String ORGANISATION_PLACEHOLDER =
            NarrativeSpan.placeholder("机构设置（内设机构、下属单位及决算单位构成）").text();

    static final String SELF_EVALUATION_UNIT_PLACEHOLDER =
            NarrativeSpan.placeholder("预算单位基本情况（职能职责、机构设置、人员情况）").text();
    static final String ANALYSIS_PLACEHOLDER = NarrativeSpan.placeholder("绩效目标完成情况的分析及偏离原因").text();
    static final String NO_TARGETS_PLACEHOLDER =
            NarrativeSpan.placeholder("整体支出及项目支出的绩效目标与自评结果（账簿中未登记绩效目标）").text();
    static final String PROBLEMS_PLACEHOLDER = NarrativeSpan.placeholder("存在的问题及下一步改进措施").text();
    /** A line of the budget text that opens one of its parts: 一、预算安排 … */
    private static final Pattern SECTION_LINE = Pattern.compile("[一二三四五六七八九十]+、");

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    private static final int TOC_INDENT = 420;

    /** Writes the publication; the stream is not closed. */
    public void write(Publication publication, OutputStream out) {
        try (WordDocument document = new WordDocument()) {
            cover(document, publication);
            document.pageBreak();
            XWPFParagraph contents = tableOfContentsAnchor(document);
            document.pageBreak();

            document.heading(1, "第一部分 部门概况");
            document.heading(2, "一、部门职责");
            placeholder(document, DUTIES_PLACEHOLDER);
            document.heading(2, "二、机构设置");
            placeholder(document, ORGANISATION_PLACEHOLDER);
            document.endSection(false);

            document.heading(1, "第二部分 " + publication.fiscalYear() + "年度部门决算表");
            // The 目录 of the published ones numbers the tables 一、二、… by their table number.
            tables(document, publication.tables(), 2, (i, report) -> report.number() == null ? "附表" + (i + 1) + " "
                    : ORDINALS[Integer.parseInt(report.number()) - 1] + "、");
            document.endSection(true);

            document.heading(1, "第三部分 " + publication.fiscalYear() + "年度部门决算情况说明");
            NarrativeDocxWriter.write(document, publication.narrative(), 2);
            document.pageBreak();
            document.heading(1, "第四部分 名词解释");
            for (String entry : Glossary.entries()) {
                document.bodyParagraph().createRun().setText(entry);
            }
            document.pageBreak();
            selfEvaluation(document, publication);
            boolean appendix = !publication.appendix().isEmpty();
            if (appendix) {
                document.endSection(false);
                document.heading(1, "附表");
                tables(document, publication.appendix(), 2, (i, report) -> "附表" + (i + 1) + " ");
            }
            tableOfContents(document, contents);
            document.write(out, appendix);
        }
    }

    /** Writes 第三部分 alone, under a title naming the unit and the year; the stream is not closed. */
    public void writeNarrative(Narrative narrative, OutputStream out) {
        try (WordDocument document = new WordDocument()) {
            document.centered(narrative.unitName(), 16, true);
            document.centered(narrative.fiscalYear() + "年度部门决算情况说明", 18, true);
            NarrativeDocxWriter.write(document, narrative, 1);
            document.write(out, false);
        }
    }

    /** A download name such as {@code ZZJJ-2023-publication.docx}. */
    public static String fileName(String ledgerId, String what, String extension) {
        return ledgerId.replace('/', '-') + "-" + what + "." + extension;
    }

    private static void cover(WordDocument document, Publication publication) {
        for (int i = 0; i < 8; i++) {
            document.document().createParagraph();
        }
        document.centered(publication.unitName(), 26, true);
        document.centered(publication.fiscalYear() + "年度部门决算", 26, true);
        if (!publication.cutText().isEmpty()) {
            document.centered(publication.cutText(), 12, false);
        }
    }

    /** The 目录 title and the empty paragraph the table of contents is put before once the headings are known. */
    private static XWPFParagraph tableOfContentsAnchor(WordDocument document) {
        document.centered("目录", 18, true);
        return document.document().createParagraph();
    }

    private static void tableOfContents(WordDocument document, XWPFParagraph anchor) {
        List<XWPFParagraph> entries = new ArrayList<>();
        for (WordDocument.Heading heading : document.headings()) {
            if (heading.level() > 2) {
                continue;
            }
            XmlCursor before = anchor.getCTP().newCursor();
            XWPFParagraph entry = document.document().insertNewParagraph(before);
            before.close();
            entry.setIndentationLeft((heading.level() - 1) * TOC_INDENT);
            XWPFRun run = entry.createRun();
            run.setText(heading.text());
            run.setBold(heading.level() == 1);
            entries.add(entry);
        }
        entries.add(anchor);
        // Levels 1 and 2: the parts, the tables and the sections of the narrative, linked to their headings.
        document.complexField("TOC \\o \"1-2\" \\h \\z \\u", entries);
        document.document().enforceUpdateFields();
    }

    private static void placeholder(WordDocument document, String text) {
        XWPFRun run = document.bodyParagraph().createRun();
        run.setText(text);
        run.setBold(true);
        run.setTextHighlightColor(NarrativeDocxWriter.PLACEHOLDER_HIGHLIGHT);
    }

    /**
     * 第五部分 附件: the 整体支出绩效自评报告 in the structure of the Zhuzhou seed's. The budget part
     * and the 绩效自评表 come from the books; who the unit is, the analysis of the targets and the
     * problems are the unit's to write, so they are placeholders.
     */
    private static void selfEvaluation(WordDocument document, Publication publication) {
        Publication.SelfEvaluation evaluation = publication.selfEvaluation();
        document.heading(1, "第五部分 附件");
        document.heading(2, publication.fiscalYear() + "年度" + publication.unitName() + "整体支出绩效自评报告");
        document.heading(3, "一、预算单位基本情况");
        placeholder(document, SELF_EVALUATION_UNIT_PLACEHOLDER);
        document.heading(3, "二、预算收支及执行情况");
        // The first line of the budget text is its own title, which the heading above replaces.
        evaluation.budgetText().lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            XWPFRun run = document.bodyParagraph().createRun();
            run.setText(line);
            run.setBold(SECTION_LINE.matcher(line).lookingAt());
        });
        document.heading(3, "三、资金使用及绩效情况");
        if (evaluation.tables().isEmpty()) {
            placeholder(document, NO_TARGETS_PLACEHOLDER);
        } else {
            document.bodyParagraph().createRun().setText("绩效目标的完成情况见下列自评表（由账簿中登记的绩效目标与自评结果生成）。");
            placeholder(document, ANALYSIS_PLACEHOLDER);
            document.endSection(false);
            tables(document, evaluation.tables(), 3, (i, report) -> "（" + ORDINALS[i] + "）");
            document.endSection(true);
        }
        document.heading(3, "四、存在的问题及下一步改进措施");
        placeholder(document, PROBLEMS_PLACEHOLDER);
    }

    /** Each table on a page of its own: its heading, the unit and 金额单位, the table, the rounding note. */
    private static void tables(WordDocument document, List<Report> reports, int level,
                               BiFunction<Integer, Report, String> numbering) {
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            if (i > 0) {
                document.pageBreak();
            }
            String title = report.fund() == null ? report.title() : report.title() + "（" + report.fund().label() + "）";
            document.heading(level, numbering.apply(i, report) + title);
            XWPFParagraph unit = document.document().createParagraph();
            unit.setSpacingAfter(0);
            unit.createRun().setText("部门：" + report.unitName());
            XWPFParagraph amountUnit = document.document().createParagraph();
            amountUnit.setAlignment(ParagraphAlignment.RIGHT);
            amountUnit.setSpacingAfter(60);
            amountUnit.createRun().setText((report.number() == null ? "" : "公开" + report.number() + "表　")
                    + "金额单位：" + report.amountUnit());
            WordTableWriter.write(document.document(), PublishedTableLayout.of(report), WordDocument.textWidth(true));
            XWPFParagraph note = document.document().createParagraph();
            XWPFRun noteRun = note.createRun();
            noteRun.setText(ReportXlsxWriter.ROUNDING_NOTE);
            noteRun.setFontSize(9);
        }
    }
}
