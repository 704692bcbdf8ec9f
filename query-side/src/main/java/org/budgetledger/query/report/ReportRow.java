package org.budgetledger.query.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a report: a classification or project code (or a summary code of {@link RowCodes}),
 * its name, its level (0 for totals, 1 类, 2 款, 3 项 in function tables) and its cells by column
 * key, in column order. A cell is null where the figure does not exist (a percentage with a zero
 * denominator, a count on a row it does not apply to).
 */
public record ReportRow(String code, String name, int level, Map<String, String> cells) {

    public ReportRow {
        // Map.copyOf would lose the column order and refuses the null cells.
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The cell of one column. */
    public String cell(String columnKey) {
        if (!cells.containsKey(columnKey)) {
            throw new IllegalArgumentException("No column " + columnKey + " in row " + code);
        }
        return cells.get(columnKey);
    }
}
