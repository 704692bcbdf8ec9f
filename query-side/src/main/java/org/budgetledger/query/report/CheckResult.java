package org.budgetledger.query.report;

import io.swagger.v3.oas.annotations.media.Schema;
/**
 * The outcome of one consistency identity. {@code expected} and {@code actual} are the two
 * sides of the identity as exact yuan (two decimals, not rounded to 万元, so that a difference
 * of one fen shows); for a row-by-row identity they are the figures of the first failing row, or
 * of the total row when all rows pass.
 *
 * @param name a stable id of the identity, such as {@code 01-income-total-equals-02-total}
 * @param detail what was compared and, on failure, where the identity breaks
 */
@Schema(name = "CheckResult")
public record CheckResult(@Schema(example = "01-income-total-equals-02-total") String name, boolean passed,
        @Schema(description = "One side of the identity, in yuan", example = "221319800.00") String expected,
        @Schema(description = "The other side, in yuan", example = "221319800.00") String actual,
        @Schema(description = "What was compared and, on failure, where it breaks") String detail) {
}
