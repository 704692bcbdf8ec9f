package org.budgetledger.query.publication;

import java.util.List;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.report.Report;

/**
 * What a unit publishes as its 部门决算, computed at one cut of its ledger: the numbered tables
 * 01–09, the 情况说明, and the tables the publication appends (附表).
 *
 * @param ledgerId {@code "<unitCode>/<year>"}
 * @param asOf the effective-date cut ({@code YYYY-MM-DD}) or null
 * @param knownAt the recording-time cut (ISO-8601 instant) or null
 * @param tables 01 to 09, in order
 * @param appendix the execution tables (general budget), 政府采购支出 and 一般性支出
 * @param selfEvaluation 第五部分 附件, the 整体支出绩效自评报告 as far as the books write it
 */
public record Publication(String ledgerId, String unitName, int fiscalYear, String asOf, String knownAt,
        List<Report> tables, List<Report> appendix, Narrative narrative, SelfEvaluation selfEvaluation) {

    public Publication {
        tables = List.copyOf(tables);
        appendix = List.copyOf(appendix);
    }

    /**
     * The self-evaluation report the 情况说明's section 十四 refers to ("详见第五部分").
     *
     * @param budgetText the budget part, every figure computed (the text of {@code performance-unit?format=text})
     * @param tables 部门（单位）整体支出绩效自评表 and, when projects have targets, 项目支出绩效自评表; empty
     *     when the ledger holds no performance targets
     */
    public record SelfEvaluation(String budgetText, List<Report> tables) {

        public SelfEvaluation {
            tables = List.copyOf(tables);
        }
    }

    /** The cut in words, for the cover; empty for the whole ledger. */
    String cutText() {
        StringBuilder text = new StringBuilder();
        if (asOf != null) {
            text.append("（业务日期截至").append(asOf).append("）");
        }
        if (knownAt != null) {
            text.append("（按").append(knownAt).append("时的记录）");
        }
        return text.toString();
    }
}
