package org.budgetledger.query.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code GET /ledgers/{unit}/{year}/reports}: the tables a ledger has. */
@Schema(name = "ReportList")
record ReportListAnswer(@Schema(example = "ZZJJ/2023") String ledger, @Schema(example = "462") long sequence,
        List<ReportEntry> reports) {

    @Schema(name = "ReportEntry")
    record ReportEntry(@Schema(example = "expenditure") String id,
            @Schema(description = "The public number, null for the execution tables", nullable = true, example = "03") String number,
            @Schema(example = "支出决算表") String title) {
    }
}
