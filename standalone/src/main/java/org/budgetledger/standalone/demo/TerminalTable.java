package org.budgetledger.standalone.demo;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportColumn;
import org.budgetledger.query.report.ReportRow;

/**
 * A report as plain text for a terminal, columns aligned. Chinese characters take two columns
 * of a terminal, which is why widths are counted by hand.
 */
final class TerminalTable {

    private TerminalTable() {
    }

    static String render(Report report) {
        List<String> header = new ArrayList<>(List.of("代码", "项目"));
        report.columns().forEach(column -> header.add(column.label()));
        List<List<String>> body = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.code());
            cells.add("  ".repeat(Math.max(0, row.level() - 1)) + row.name());
            for (ReportColumn column : report.columns()) {
                String value = row.cells().get(column.key());
                cells.add(value == null ? "" : value);
            }
            body.add(cells);
        }
        int[] widths = new int[header.size()];
        for (List<String> cells : concat(header, body)) {
            for (int i = 0; i < cells.size(); i++) {
                widths[i] = Math.max(widths[i], width(cells.get(i)));
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(report.title()).append(report.number() == null ? "" : "（" + report.number() + "）")
                .append("  ").append(report.unitName()).append(" ").append(report.fiscalYear())
                .append("  金额单位：").append(report.amountUnit()).append('\n');
        appendRow(text, header, widths);
        int total = 0;
        for (int width : widths) {
            total += width + 2;
        }
        text.append("-".repeat(total)).append('\n');
        body.forEach(cells -> appendRow(text, cells, widths));
        return text.toString();
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> body) {
        List<List<String>> all = new ArrayList<>(body);
        all.add(header);
        return all;
    }

    private static void appendRow(StringBuilder text, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - width(cell));
            // Codes and names read left-aligned, figures right-aligned.
            text.append(i < 2 ? cell + padding : padding + cell).append("  ");
        }
        text.append('\n');
    }

    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }
}
