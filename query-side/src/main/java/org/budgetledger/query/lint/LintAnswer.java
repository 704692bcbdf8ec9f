package org.budgetledger.query.lint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What {@code POST /api/v1/lint} answers: every finding in document order (errors first on the same
 * line), and a summary of what was read and found.
 */
@Schema(name = "LintAnswer")
public record LintAnswer(List<Finding> findings, Summary summary) {

    public LintAnswer {
        findings = List.copyOf(findings);
    }

    /**
     * @param document {@code FINAL_ACCOUNTS} (部门决算) or {@code SELF_EVALUATION} (绩效自评)
     * @param tables the public numbers of the tables recognised (01…08)
     * @param figures how many figures of the narrative were read (amounts and percentages)
     * @param ledger the ledger reconciled with, or null
     */
    @Schema(name = "LintSummary")
    public record Summary(
            @Schema(example = "FINAL_ACCOUNTS") String document,
            @Schema(example = "[\"01\",\"02\",\"03\"]") List<String> tables,
            @Schema(example = "312") int figures,
            @Schema(nullable = true, example = "ZZJJ/2023") String ledger,
            @Schema(example = "5") long errors,
            @Schema(example = "7") long warnings,
            @Schema(example = "12") long infos) {
    }

    public boolean hasErrors() {
        return summary.errors() > 0;
    }
}
