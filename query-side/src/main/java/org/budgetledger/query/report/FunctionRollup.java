package org.budgetledger.query.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.query.position.LinePosition;

/**
 * The shape shared by tables 02, 03, 05, 07 and 08: line figures rolled up the function
 * classification, 项 (7 digits) › 款 (5) › 类 (3), keeping only rows with a non-zero figure,
 * with the 合计 row first as the published tables print it.
 *
 * <p>Every row sums exact fen over the lines it covers; nothing is summed from a lower row's
 * rounded figure.
 */
final class FunctionRollup {

    private static final int[] LEVEL_LENGTHS = {3, 5, 7};

    private FunctionRollup() {
    }

    static Table build(List<LinePosition> lines, List<Measure> measures, Names names) {
        List<ReportColumn> columns = Measure.columns(measures);
        long[] total = new long[measures.size()];
        // Codes sort so that each 类 comes before its 款 and each 款 before its 项.
        Map<String, long[]> byCode = new TreeMap<>();
        for (LinePosition line : lines) {
            long[] values = Measure.of(measures, line);
            Measure.addTo(total, values);
            for (int length : LEVEL_LENGTHS) {
                String code = line.line().functionCode().substring(0, length);
                Measure.addTo(byCode.computeIfAbsent(code, c -> new long[measures.size()]), values);
            }
        }
        List<TableRow> rows = new ArrayList<>();
        rows.add(TableRow.amounts(RowCodes.TOTAL, "合计", 0, columns, total));
        byCode.forEach((code, values) -> {
            if (!Measure.allZero(values)) {
                rows.add(TableRow.amounts(code, names.function(code), level(code), columns, values));
            }
        });
        return new Table(columns, rows);
    }

    /** 1 for a 类, 2 for a 款, 3 for a 项. */
    static int level(String functionCode) {
        return switch (functionCode.length()) {
            case 3 -> 1;
            case 5 -> 2;
            default -> 3;
        };
    }
}
