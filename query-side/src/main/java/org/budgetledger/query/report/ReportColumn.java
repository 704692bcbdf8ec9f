package org.budgetledger.query.report;

import io.swagger.v3.oas.annotations.media.Schema;
/**
 * A column of a report. {@code label} is unique inside its table and is what JSON and CSV show;
 * where the published table has a two-level header (年初结转和结余 › 基本支出结转), {@code group}
 * names the upper cell and {@code label} is the group followed by the lower cell, so that the
 * Excel layout can rebuild both levels.
 *
 * @param kind how the cells are written: 万元 amounts, percentages or plain counts
 */
@Schema(name = "ReportColumn")
public record ReportColumn(@Schema(example = "total") String key, @Schema(example = "本年支出合计") String label,
        @Schema(description = "The heading group of a grouped column, if any", nullable = true) String group,
        @Schema(description = "AMOUNT (万元), PERCENT, COUNT, TEXT or POINTS") Kind kind) {

    /** What a column's cells hold. */
    public enum Kind {
        /** 万元 with two decimals. */
        AMOUNT,
        /** A percentage with two decimals, or null where the denominator is zero. */
        PERCENT,
        /** A whole number, or null on rows it does not apply to. */
        COUNT,
        /** Words, or null. */
        TEXT,
        /** Points with two decimals (分值, 得分), or null. */
        POINTS
    }

    static ReportColumn amount(String key, String label) {
        return new ReportColumn(key, label, null, Kind.AMOUNT);
    }

    static ReportColumn groupedAmount(String key, String group, String heading) {
        return new ReportColumn(key, group + heading, group, Kind.AMOUNT);
    }

    static ReportColumn percent(String key, String label) {
        return new ReportColumn(key, label, null, Kind.PERCENT);
    }

    static ReportColumn text(String key, String label) {
        return new ReportColumn(key, label, null, Kind.TEXT);
    }

    static ReportColumn points(String key, String label) {
        return new ReportColumn(key, label, null, Kind.POINTS);
    }

    static ReportColumn count(String key, String label) {
        return new ReportColumn(key, label, null, Kind.COUNT);
    }

    /** The lower header cell: the label without its group. */
    public String heading() {
        return group == null ? label : label.substring(group.length());
    }

    /**
     * A cell of this column as the publication prints it: blank for a missing figure and for a
     * zero amount (the published tables leave zero cells empty), the JSON string otherwise.
     */
    public String printed(String value) {
        if (value == null) {
            return "";
        }
        if (kind == Kind.AMOUNT && (value.equals("0.00") || value.equals("-0.00"))) {
            return "";
        }
        return value;
    }
}
