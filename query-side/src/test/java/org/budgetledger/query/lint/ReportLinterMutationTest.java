package org.budgetledger.query.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Altered copies of the Zhuzhou text: each alteration a typist could make is caught as an ERROR that
 * names the altered figure, on top of the publication's own four errors.
 */
class ReportLinterMutationTest {

    private static final String ORIGINAL = Seeds.text(Seeds.ZHUZHOU);
    private final ReportLinter linter = new ReportLinter();

    @Test
    void theUnalteredTextHasOnlyThePublicationsOwnErrors() {
        assertThat(ReportLinterSeedTest.errors(linter.lint(ORIGINAL))).extracting(Finding::line).containsExactly(447, 509, 539, 715);
    }

    @Test
    void aChangedItemOfTable03IsCaught() {
        String altered = replaceOnce(ORIGINAL, "2040220\t执法办案\t2,356.31\t1,312.92", "2040220\t执法办案\t2,366.31\t1,312.92");

        List<Finding> added = newErrors(altered);
        assertThat(added).isNotEmpty().anyMatch(f -> f.line() == 209 && f.rule().equals("TABLE_ROW_SUM"))
                .anyMatch(f -> f.rule().equals("TABLE_ROLLUP") && f.message().contains("20402"))
                .allMatch(f -> f.message().contains("2366.31") || f.message().contains("2040220") || f.message().contains("20402")
                        || f.message().contains("18625.32") || f.message().contains("22141.98"));
    }

    @Test
    void aChangedGrandTotalOfTable01IsCaught() {
        String altered = replaceOnce(ORIGINAL, "总计\t31\t22,131.98\t总计\t62\t22,131.98", "总计\t31\t22,131.98\t总计\t62\t22,231.98");

        List<Finding> added = newErrors(altered);
        assertThat(added).extracting(Finding::rule).contains("TABLE_SUMMARY");
        assertThat(added).allMatch(f -> f.line() == 144 && "22231.98".equals(f.stated()));
    }

    @Test
    void aPercentageOffByOneIsCaught() {
        String altered = replaceOnce(ORIGINAL, "人员经费10838.71万元，占基本支出的76.4%", "人员经费10838.71万元，占基本支出的77.4%");

        List<Finding> added = newErrors(altered);
        // The share recomputed, and the two shares of 基本支出 that now add up to 101.0 %.
        assertThat(added).extracting(Finding::rule, Finding::line, Finding::stated, Finding::computed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NARRATIVE_SHARES_SUM", 499, "101.0%", "100.00%"),
                org.assertj.core.groups.Tuple.tuple("NARRATIVE_PERCENT", 499, "77.4%", "76.38%"));
    }

    @Test
    void aSwappedComparisonWordIsCaught() {
        String altered = replaceOnce(ORIGINAL, "完成年初预算的138.9%，决算数大于年初预算数", "完成年初预算的138.9%，决算数小于年初预算数");

        assertThat(newErrors(altered)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARRATIVE_COMPARISON");
            assertThat(f.line()).isEqualTo(439);
            assertThat(f.message()).contains("625.00", "450.00");
        });
    }

    @Test
    void aChangedFigureOfTheNarrativeAgainstTheTablesIsCaught() {
        String altered = replaceOnce(ORIGINAL, "公用经费3351.92万元，占基本支出的23.6%", "公用经费3352.92万元，占基本支出的23.6%");

        assertThat(newErrors(altered)).extracting(Finding::rule).contains("NARRATIVE_TABLE", "NARRATIVE_PARTS_SUM");
    }

    /**
     * A self-evaluation's sentence states the whole as 年初预算总计 and shares of it as 占年初预算总额的: one whole, not
     * the 培训费年初预算 40 万元 stated earlier in the document (the generated publication's 第五部分 met this).
     */
    @Test
    void aShareOfTheTotalStatedAtTheStartOfItsSentenceIsRecomputedAgainstThatTotal() {
        String sentence = "（一）2023年年初预算总计20729.52万元，其中：公共安全支出（204）17037.40万元，占年初预算总额的%s；"
                + "社会保障和就业支出（208）1769.65万元，占年初预算总额的8.54%%。\n";
        assertThat(ORIGINAL).contains("培训费年初预算40万元");

        assertThat(newErrors(ORIGINAL + "\n" + sentence.formatted("82.19%"))).isEmpty();
        assertThat(newErrors(ORIGINAL + "\n" + sentence.formatted("83.19%"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARRATIVE_PERCENT");
            assertThat(f.computed()).isEqualTo("82.19%");
            assertThat(f.message()).contains("20729.52");
        });
    }

    private List<Finding> newErrors(String altered) {
        List<Integer> known = List.of(447, 509, 539, 715);
        return ReportLinterSeedTest.errors(linter.lint(altered)).stream()
                .filter(f -> !known.contains(f.line()) || f.message().contains("2366") || f.message().contains("22231.98")).toList();
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).contains(from);
        assertThat(text.indexOf(from)).isEqualTo(text.lastIndexOf(from));
        return text.replace(from, to);
    }
}
