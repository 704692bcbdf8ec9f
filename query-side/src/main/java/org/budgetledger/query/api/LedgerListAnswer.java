package org.budgetledger.query.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.query.directory.LedgerSummary;

/** {@code GET /ledgers}: every ledger. */
@Schema(name = "LedgerList")
record LedgerListAnswer(List<LedgerStatus> ledgers) {

    /** One ledger: its unit, year, status and entry count. Also {@code GET /ledgers/{unit}/{year}}. */
    @Schema(name = "LedgerStatus")
    record LedgerStatus(@Schema(example = "ZZJJ") String unitCode, @Schema(example = "株洲市公安局交通警察支队") String unitName,
            @Schema(example = "2023") int fiscalYear, @Schema(allowableValues = {"OPEN", "CLOSED"}, example = "CLOSED") String status,
            @Schema(description = "The ledger's entry count", example = "462") long sequence) {

        static LedgerStatus of(LedgerSummary summary) {
            return new LedgerStatus(summary.unitCode(), summary.unitName(), summary.fiscalYear(), summary.status(),
                    summary.sequence());
        }
    }
}
