package org.budgetledger.query.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.platform.http.LineView;

/** {@code GET /ledgers/{unit}/{year}/lines}: every line with its figures. */
@Schema(name = "Lines")
record LinesAnswer(
        @Schema(example = "ZZJJ/2023") String ledger,
        @Schema(description = "The ledger entry count the figures reflect", example = "462") long sequence,
        @Schema(description = "The effective-date cut, if asked", nullable = true, example = "2023-06-30") String asOf,
        @Schema(description = "The recording-time cut, if asked", nullable = true) String knownAt,
        List<LineView> lines) {
}
