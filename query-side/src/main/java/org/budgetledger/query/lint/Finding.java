package org.budgetledger.query.lint;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One thing the lint found: the rule, its severity, a message in Chinese that names the figures, the
 * figure as printed ({@code stated}) and as recomputed or as the ledger has it ({@code computed}), and
 * where it is: the document's line (from 1) and an excerpt of that place.
 */
@Schema(name = "LintFinding")
public record Finding(
        @Schema(example = "NARRATIVE_PERCENT") String rule,
        @Schema(example = "ERROR") Severity severity,
        @Schema(example = "“完成预算的100%”与所述数字不符：执行数 342.40 万元 ÷ 年初预算数 400.00 万元 = 85.60%") String message,
        @Schema(description = "The figure as printed", nullable = true, example = "100%") String stated,
        @Schema(description = "The figure recomputed from the document's own figures, or the ledger's", nullable = true,
                example = "85.60%") String computed,
        @Schema(description = "The printed text around the figure", example = "执行数342.4万元，完成预算的100%") String excerpt,
        @Schema(description = "Line of the document, from 1", example = "715") int line) {
}
