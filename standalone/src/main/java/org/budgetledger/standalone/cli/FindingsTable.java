package org.budgetledger.standalone.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.query.lint.Finding;
import org.budgetledger.query.lint.LintAnswer;

/**
 * The findings of a lint as a terminal table: rule, severity, line, the figure as printed and as
 * computed, then the message (last, since it is the long column), and a summary line. Columns are
 * padded by display width, a Chinese character taking two cells.
 */
final class FindingsTable {

    private static final List<String> HEADINGS = List.of("RULE", "SEVERITY", "LINE", "STATED", "COMPUTED", "MESSAGE");

    private FindingsTable() {
    }

    static void print(String source, LintAnswer answer, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        for (Finding finding : answer.findings()) {
            rows.add(List.of(finding.rule(), finding.severity().name(), Integer.toString(finding.line()), orEmpty(finding.stated()),
                    orEmpty(finding.computed()), oneLine(finding.message())));
        }
        if (rows.isEmpty()) {
            out.println("No findings.");
        } else {
            int[] widths = new int[HEADINGS.size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = width(HEADINGS.get(c));
                for (List<String> row : rows) {
                    widths[c] = Math.max(widths[c], width(row.get(c)));
                }
            }
            out.println(line(HEADINGS, widths));
            for (List<String> row : rows) {
                out.println(line(row, widths));
            }
        }
        out.println(summary(source, answer.summary()));
    }

    static String summary(String source, LintAnswer.Summary summary) {
        return source + ": " + summary.errors() + " ERROR, " + summary.warnings() + " WARNING, " + summary.infos() + " INFO ("
                + summary.document() + (summary.tables().isEmpty() ? "" : ", tables " + String.join(" ", summary.tables())) + ", "
                + summary.figures() + " figures read" + (summary.ledger() == null ? "" : ", reconciled with " + summary.ledger())
                + ")";
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(cell);
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    /** Cells a terminal gives the text: two for a wide (CJK, full-width) character, one otherwise. */
    static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : oneLine(text);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
