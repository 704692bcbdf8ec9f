package org.budgetledger.query.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.query.entries.HistoryEntry;

/** {@code GET /ledgers/{unit}/{year}/history}: the entries in order, as filtered, the page asked for. */
@Schema(name = "History")
record HistoryAnswer(@Schema(example = "ZZJJ/2023") String ledger,
        @Schema(description = "The ledger entry count the entries reflect", example = "462") long sequence,
        @Schema(description = "How many entries the filter matches, on every page", example = "1250") long total,
        List<HistoryEntry> entries) {
}
