package org.budgetledger.ui.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.budgetledger.query.lint.Finding;
import org.budgetledger.query.lint.LintAnswer;
import org.budgetledger.query.lint.ReportLinter;
import org.budgetledger.query.lint.Severity;
import org.junit.jupiter.api.Test;

/** The page's view of a lint: groups by severity with their counts, and the stated figure located in its excerpt. */
class LintViewTest {

    private static String seed(String name) throws IOException {
        try (InputStream in = LintViewTest.class.getClassLoader().getResourceAsStream("lint/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theZhuzhouFindingsAreGroupedBySeverityWithTheMeetingCostMarked() throws IOException {
        LintView view = LintView.of(new ReportLinter().lint(seed("zhuzhou-traffic-police-2023-final-accounts.txt")), null);

        assertThat(view.groups()).extracting(LintView.Group::severity).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
        assertThat(view.groups()).extracting(LintView.Group::count).containsExactly(4, 3, 17);
        LintView.Row meeting = view.groups().get(0).rows().stream().filter(r -> r.line() == 539).findFirst().orElseThrow();
        assertThat(meeting.mark()).isEqualTo("1.39");
        assertThat(meeting.before()).contains("会议费");
    }

    @Test
    void theYanlingTotalIsMarkedAndTheSumOfSharesIsNot() throws IOException {
        LintAnswer answer = new ReportLinter().lint(seed("yanling-traffic-police-2023-performance-report.txt"));
        LintView view = LintView.of(answer, "yanling.txt");

        assertThat(view.fileName()).isEqualTo("yanling.txt");
        LintView.Row total = view.groups().get(0).rows().stream().filter(r -> r.rule().equals("NARRATIVE_PARTS_SUM")).findFirst()
                .orElseThrow();
        assertThat(total.mark()).isEqualTo("1110.98");
        // 102.99 % is the sum of the shares, printed nowhere: nothing is marked, the excerpt is shown as it is.
        LintView.Row shares = view.groups().get(0).rows().stream().filter(r -> r.rule().equals("NARRATIVE_SHARES_SUM")).findFirst()
                .orElseThrow();
        assertThat(shares.mark()).isNull();
        assertThat(shares.before()).contains("90.49%");
    }

    @Test
    void aFigureIsNotFoundInsideALongerNumber() {
        assertThat(LintView.locate("会议费11.39万元，另1.39万元", "1.39")).containsExactly(12, 16);
        assertThat(LintView.locate("会议费1.395万元", "1.39")).isNull();
        assertThat(LintView.locate("完成预算的100%", "100%")).containsExactly(5, 9);
        assertThat(LintView.locate("占比3.9，", "3.9%")).containsExactly(2, 5);
        assertThat(LintView.locate("无此数", null)).isNull();
        LintView.Row row = LintView.row(new Finding("R", Severity.INFO, "m", "x", null, "abc", 1));
        assertThat(row.mark()).isNull();
        assertThat(row.before()).isEqualTo("abc");
    }
}
