package org.budgetledger.query.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code POST /admin/projections/replay}: the read models rebuilt from the first event. */
@Schema(name = "Replay")
record ReplayAnswer(@Schema(example = "[\"ledger-entries\", \"ledger-directory\"]") List<String> replayed) {
}
