package org.budgetledger.query.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.query.narrative.NarrativeSection;

/**
 * {@code GET /ledgers/{unit}/{year}/reports/narrative}: 第三部分 情况说明 as data, each paragraph a
 * list of spans ({@code TEXT}, a computed {@code FIGURE}, or a {@code PLACEHOLDER} left for a person).
 */
@Schema(name = "Narrative")
record NarrativeAnswer(@Schema(example = "ZZJJ/2023") String ledger,
        @Schema(description = "The ledger entry count the figures reflect", example = "462") long sequence,
        @Schema(description = "The effective-date cut, if asked", nullable = true) String asOf,
        @Schema(description = "The recording-time cut, if asked", nullable = true) String knownAt,
        @Schema(example = "株洲市公安局交通警察支队") String unitName,
        @Schema(example = "2023") int fiscalYear,
        @Schema(description = "Sections 一 to 十四, in order") List<NarrativeSection> sections) {
}
