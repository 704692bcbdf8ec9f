package org.budgetledger.query.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.query.report.CheckResult;

/** {@code GET /ledgers/{unit}/{year}/checks}: the identities every generated set of tables must keep. */
@Schema(name = "Checks")
record ChecksAnswer(@Schema(example = "ZZJJ/2023") String ledger, @Schema(example = "462") long sequence,
        @Schema(description = "Whether every identity holds") boolean passed, List<CheckResult> checks) {
}
