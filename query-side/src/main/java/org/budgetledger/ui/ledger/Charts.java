package org.budgetledger.ui.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.budgetledger.money.Money;
import org.springframework.web.util.HtmlUtils;

/** The pages' charts as inline SVG, drawn on the server: no script and no toolchain. */
final class Charts {

    private Charts() {
    }

    /** One month: what was spent in it, and the spending and budget accumulated to its end, in fen. */
    record Month(int month, long spentFen, long cumulativeSpentFen, long cumulativeBudgetFen) {
    }

    /** One project's execution. */
    record ProjectBar(String label, String pct) {
    }

    /** Monthly spending (bars), cumulative spending (line) and the budget (dashed line), in 万元. */
    static String monthly(List<Month> months) {
        int width = 760;
        int height = 280;
        int left = 70;
        int right = 20;
        int top = 20;
        int bottom = 40;
        long max = 1;
        for (Month month : months) {
            max = Math.max(max, Math.max(month.cumulativeBudgetFen(), Math.max(month.cumulativeSpentFen(), month.spentFen())));
        }
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        double step = plotWidth / 12;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"monthly-chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"monthly-title monthly-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"monthly-title\">按月支出与预算（万元）</title>")
                .append("<desc id=\"monthly-desc\">柱为当月支出，实线为累计支出，虚线为累计全年预算；数据见图下表格。</desc>");
        for (int tick = 0; tick <= 4; tick++) {
            double y = top + plotHeight - plotHeight * tick / 4;
            long value = max * tick / 4;
            svg.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", left, width - right, y, y));
            svg.append(String.format("<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%s</text>", left - 6, y + 4,
                    Money.wanYuan(value).setScale(0, RoundingMode.HALF_UP).toPlainString()));
        }
        StringBuilder spentLine = new StringBuilder();
        StringBuilder budgetLine = new StringBuilder();
        for (Month month : months) {
            double x = left + step * (month.month() - 1);
            double barHeight = plotHeight * month.spentFen() / max;
            svg.append(String.format("<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%d月支出 %s 万元</title></rect>",
                    x + step * 0.15, top + plotHeight - Math.max(0, barHeight), step * 0.7, Math.max(0, barHeight), month.month(),
                    Money.formatWanYuan(month.spentFen())));
            svg.append(String.format("<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%d月</text>", x + step / 2,
                    height - bottom + 16, month.month()));
            double cx = x + step / 2;
            spentLine.append(String.format("%.1f,%.1f ", cx, top + plotHeight - plotHeight * month.cumulativeSpentFen() / max));
            budgetLine.append(String.format("%.1f,%.1f ", cx, top + plotHeight - plotHeight * month.cumulativeBudgetFen() / max));
        }
        svg.append("<polyline class=\"budget-line\" points=\"").append(budgetLine.toString().strip()).append("\"/>");
        svg.append("<polyline class=\"spent-line\" points=\"").append(spentLine.toString().strip()).append("\"/>");
        svg.append(String.format("<g class=\"legend\"><rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"12\" height=\"10\"/>"
                + "<text x=\"%d\" y=\"%d\" class=\"axis\">当月支出</text>"
                + "<line class=\"spent-line\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/><text x=\"%d\" y=\"%d\" class=\"axis\">累计支出</text>"
                + "<line class=\"budget-line\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/><text x=\"%d\" y=\"%d\" class=\"axis\">累计预算</text></g>",
                left, height - 14, left + 16, height - 5, left + 90, left + 110, height - 9, height - 9, left + 114, height - 5,
                left + 190, left + 210, height - 9, height - 9, left + 214, height - 5));
        return svg.append("</svg>").toString();
    }

    /** Execution % per project as horizontal bars (100% drawn as a mark). */
    static String projects(List<ProjectBar> bars) {
        int width = 760;
        int rowHeight = 26;
        int labelWidth = 300;
        int height = 20 + rowHeight * Math.max(1, bars.size());
        double plot = width - labelWidth - 70;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"project-chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"project-title\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"project-title\">各项目执行率%</title>");
        int row = 0;
        for (ProjectBar bar : bars) {
            double y = 10 + rowHeight * row++;
            double pct = bar.pct() == null ? 0 : new BigDecimal(bar.pct()).doubleValue();
            double length = plot * Math.min(pct, 120) / 120;
            String label = bar.label().length() > 22 ? bar.label().substring(0, 21) + "…" : bar.label();
            svg.append(String.format("<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%s</text>", labelWidth - 8,
                    y + 15, HtmlUtils.htmlEscape(label)));
            svg.append(String.format("<rect class=\"bar%s\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"18\"><title>%s：%s%%</title></rect>",
                    pct > 100 ? " over" : "", labelWidth, y + 2, length, HtmlUtils.htmlEscape(bar.label()),
                    bar.pct() == null ? "—" : bar.pct()));
            svg.append(String.format("<text x=\"%.1f\" y=\"%.1f\" class=\"axis\">%s</text>", labelWidth + length + 4, y + 15,
                    bar.pct() == null ? "—" : bar.pct() + "%"));
        }
        double hundred = labelWidth + plot * 100 / 120;
        svg.append(String.format("<line class=\"hundred\" x1=\"%.1f\" x2=\"%.1f\" y1=\"4\" y2=\"%d\"/>", hundred, hundred, height - 4));
        return svg.append("</svg>").toString();
    }
}
