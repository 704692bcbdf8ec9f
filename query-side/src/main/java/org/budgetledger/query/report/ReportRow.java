package org.budgetledger.query.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a report: a classification or project code (or a summary code of {@link RowCodes}),
 * its name, its level (0 for totals, 1 类, 2 款, 3 项 in function tables) and its cells by column
 * key, in column order. A cell is null where the figure does not exist (a percentage with a zero
 * denominator, a count on a row it does not apply to).
 */
@Schema(name = "ReportRow")
public record ReportRow(
        @Schema(description = "A function or economic code, a project code, or a summary code such as INCOME_TOTAL",
                example = "204") String code,
        @Schema(example = "公共安全支出") String name,
        @Schema(description = "0 for totals, 1 for 类, 2 for 款, 3 for 项", example = "1") int level,
        @Schema(description = "One cell per column key: 万元 or percent strings with 2 decimals, counts, or null",
                example = "{\"total\":\"18615.32\",\"basic\":\"10736.14\"}") Map<String, String> cells) {

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
