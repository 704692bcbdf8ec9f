package org.budgetledger.query.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.junit.jupiter.api.Test;

/**
 * The lint on the two published documents: the contradictions a reviewer finds are found, each
 * once, with the right severity and figures; the rounding of the Zhuzhou tables is INFO only; and
 * nothing else is an ERROR.
 */
class ReportLinterSeedTest {

    private final ReportLinter linter = new ReportLinter();

    @Test
    void zhuzhouErrorsAreExactlyTheFourContradictionsOfThePublication() {
        LintAnswer answer = linter.lint(Seeds.text(Seeds.ZHUZHOU));

        assertThat(answer.summary().document()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(answer.summary().tables()).containsExactly("01", "02", "03", "04", "05", "06", "07", "08");
        assertThat(errors(answer)).extracting(Finding::rule, Finding::line, Finding::stated, Finding::computed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NARRATIVE_PERCENT", 447, "514.5%", "477.95%"),
                org.assertj.core.groups.Tuple.tuple("NARRATIVE_COMPARISON", 509, "大于", "小于"),
                org.assertj.core.groups.Tuple.tuple("NARRATIVE_TABLE", 539, "1.39", "0.82"),
                org.assertj.core.groups.Tuple.tuple("NARRATIVE_PERCENT", 715, "100%", "85.60%"));
    }

    @Test
    void zhuzhouIntelligentTrafficProjectsHundredPercentIsFoundOnceAsAnError() {
        List<Finding> found = matching(linter.lint(Seeds.text(Seeds.ZHUZHOU)), f -> f.stated() != null && f.stated().equals("100%")
                && f.excerpt().contains("342.4"));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.computed()).isEqualTo("85.60%");
            assertThat(f.message()).contains("342.40", "400.00", "85.60%");
        });
    }

    @Test
    void zhuzhouMeetingCostsOfTheTextAgainstTable06AreFoundOnce() {
        List<Finding> found = matching(linter.lint(Seeds.text(Seeds.ZHUZHOU)), f -> f.message().contains("会议费"));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("NARRATIVE_TABLE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.stated()).isEqualTo("1.39");
            assertThat(f.computed()).isEqualTo("0.82");
        });
    }

    @Test
    void zhuzhouTotalsThatAreNotTheSumOfTheirItemsByOneCentAreInfoOnly() {
        LintAnswer answer = linter.lint(Seeds.text(Seeds.ZHUZHOU));
        List<Finding> economic = matching(answer, f -> f.rule().equals("TABLE_ECONOMIC"));

        assertThat(economic).extracting(Finding::severity, Finding::stated, Finding::computed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "10122.89", "10122.88"),
                org.assertj.core.groups.Tuple.tuple(Severity.INFO, "327.17", "327.18"));
        // Every difference of 0.01 in the document is INFO: the self-evaluation's 22131.97 / 14190.62 / 10838.70 too.
        assertThat(answer.findings()).filteredOn(f -> f.stated() != null && f.computed() != null && isCent(f))
                .isNotEmpty().allMatch(f -> f.severity() == Severity.INFO);
        assertThat(matching(answer, f -> "10838.70".equals(f.stated()))).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void zhuzhouBlankPersonnelTotalAndEmptyTablesAreReportedButAreNoErrors() {
        LintAnswer answer = linter.lint(Seeds.text(Seeds.ZHUZHOU));

        assertThat(matching(answer, f -> f.rule().equals("TABLE_TOTAL_BLANK"))).singleElement()
                .satisfies(f -> assertThat(f.computed()).isEqualTo("10838.71"));
        assertThat(matching(answer, f -> f.rule().equals("TABLE_EMPTY_UNEXPLAINED"))).extracting(Finding::severity, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.INFO, 370),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, 383));
        // Table 05's extracted text shifts project figures; they are read where table 03 has them, so no identity fails.
        assertThat(matching(answer, f -> f.rule().equals("TABLE_COLUMNS_REALIGNED"))).extracting(Finding::line)
                .containsExactly(293, 297, 298);
        assertThat(matching(answer, f -> f.rule().startsWith("TABLE_") || f.rule().equals("CROSS_TABLE")))
                .noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void yanlingInitialBudgetTotalIsNotTheSumOfItsPartsAndItsSharesAddUpTo10299() {
        LintAnswer answer = linter.lint(Seeds.text(Seeds.YANLING));

        assertThat(answer.summary().document()).isEqualTo("SELF_EVALUATION");
        assertThat(matching(answer, f -> f.rule().equals("NARRATIVE_SHARES_SUM"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.stated()).isEqualTo("102.99%");
            assertThat(f.line()).isEqualTo(12);
        });
        assertThat(matching(answer, f -> f.rule().equals("NARRATIVE_PARTS_SUM") && f.severity() == Severity.ERROR)).singleElement()
                .satisfies(f -> {
                    assertThat(f.stated()).isEqualTo("1110.98");
                    assertThat(f.computed()).isEqualTo("1110.87");
                });
        // The 决算 items cover 688.955 of a 1643.98 total: a breakdown that leaves most of its total unexplained.
        assertThat(matching(answer, f -> f.rule().equals("NARRATIVE_PARTS_SUM") && f.severity() == Severity.WARNING))
                .singleElement().satisfies(f -> assertThat(f.computed()).isEqualTo("688.955"));
    }

    @Test
    void yanlingTemplateTextAndInterimDatesAreFound() {
        LintAnswer answer = linter.lint(Seeds.text(Seeds.YANLING));

        assertThat(matching(answer, f -> f.rule().equals("TEMPLATE_PLACEHOLDER"))).extracting(Finding::line, Finding::stated,
                Finding::severity).containsExactly(org.assertj.core.groups.Tuple.tuple(16, "××", Severity.ERROR));
        assertThat(matching(answer, f -> f.rule().equals("TEMPLATE_INSTRUCTION"))).extracting(Finding::line)
                .containsExactly(21, 34);
        assertThat(matching(answer, f -> f.rule().equals("TEMPLATE_INTERIM_DATE"))).extracting(Finding::line, Finding::stated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(21, "截止10月25日"),
                        org.assertj.core.groups.Tuple.tuple(23, "截止10月25日"), org.assertj.core.groups.Tuple.tuple(27, "截至目前"),
                        org.assertj.core.groups.Tuple.tuple(31, "截止目前"));
        assertThat(errors(answer)).extracting(Finding::rule).containsExactly("NARRATIVE_PARTS_SUM", "NARRATIVE_SHARES_SUM",
                "TEMPLATE_PLACEHOLDER");
    }

    @Test
    void aTextThatIsNoPublishedReportIsRefused() {
        assertThatThrownBy(() -> linter.lint("今天天气很好，我们去公园散步。\n"))
                .isInstanceOfSatisfying(LedgerRejection.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.NOT_A_PUBLISHED_REPORT));
    }

    private static boolean isCent(Finding finding) {
        try {
            return new java.math.BigDecimal(finding.stated()).subtract(new java.math.BigDecimal(finding.computed())).abs()
                    .compareTo(new java.math.BigDecimal("0.01")) == 0;
        } catch (NumberFormatException notAmounts) {
            return false;
        }
    }

    static List<Finding> errors(LintAnswer answer) {
        return matching(answer, f -> f.severity() == Severity.ERROR);
    }

    static List<Finding> matching(LintAnswer answer, Predicate<Finding> predicate) {
        return answer.findings().stream().filter(predicate).toList();
    }
}
