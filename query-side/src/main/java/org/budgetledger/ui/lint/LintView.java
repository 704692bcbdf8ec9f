package org.budgetledger.ui.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.query.lint.Finding;
import org.budgetledger.query.lint.LintAnswer;
import org.budgetledger.query.lint.Severity;

/**
 * A lint answer as the page shows it: one group per severity (错误, 警告, 提示, each with its count,
 * empty ones included), and each finding's excerpt cut around its stated figure so that the template
 * can put that figure in a {@code <mark>} (the text itself is always escaped by the template).
 */
record LintView(LintAnswer.Summary summary, String fileName, List<Group> groups) {

    record Group(Severity severity, String name, String cssClass, List<Row> rows) {
        public int count() {
            return rows.size();
        }
    }

    /**
     * @param before the excerpt up to the stated figure (the whole excerpt when it is not found in it)
     * @param mark the stated figure as printed in the excerpt, or null
     */
    record Row(String rule, int line, String message, String stated, String computed, String before, String mark,
            String after) {
    }

    static LintView of(LintAnswer answer, String fileName) {
        List<Group> groups = List.of(Severity.values()).stream().map(severity -> new Group(severity, name(severity),
                severity.name().toLowerCase(), answer.findings().stream().filter(f -> f.severity() == severity)
                .map(LintView::row).toList())).toList();
        return new LintView(answer.summary(), fileName == null || fileName.isBlank() ? null : fileName, groups);
    }

    static String name(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    static Row row(Finding finding) {
        String excerpt = finding.excerpt() == null ? "" : finding.excerpt();
        int[] at = locate(excerpt, finding.stated());
        if (at == null) {
            return new Row(finding.rule(), finding.line(), finding.message(), finding.stated(), finding.computed(), excerpt, null, "");
        }
        return new Row(finding.rule(), finding.line(), finding.message(), finding.stated(), finding.computed(),
                excerpt.substring(0, at[0]), excerpt.substring(at[0], at[1]), excerpt.substring(at[1]));
    }

    /**
     * Where the stated figure is printed in the excerpt: as stated, not inside a longer number (1.39 is
     * not found in 11.39 or 1.395); a percentage also without its sign. Null when it is not there.
     */
    static int[] locate(String excerpt, String stated) {
        if (stated == null || stated.isBlank()) {
            return null;
        }
        for (String form : stated.endsWith("%") ? List.of(stated, stated.substring(0, stated.length() - 1)) : List.of(stated)) {
            boolean numeric = form.matches("[0-9.,]+");
            Pattern pattern = Pattern.compile(numeric ? "(?<![0-9.])" + Pattern.quote(form) + "(?![0-9])" : Pattern.quote(form));
            Matcher matcher = pattern.matcher(excerpt);
            if (matcher.find()) {
                return new int[] {matcher.start(), matcher.end()};
            }
        }
        return null;
    }
}
