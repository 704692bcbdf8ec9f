package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.budgetledger.command.ledger.Commands.CloseYear;
import org.budgetledger.command.ledger.Commands.LineDisposition;
import org.budgetledger.events.Disposition;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.http.LineObject;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;

/** {@code POST /ledgers/{unit}/{year}/closing}: CloseYear. */
@Schema(description = "Closes the year: every line with a balance is carried forward (结转), kept as a surplus (结余) or recovered (收回)")
record CloseYearRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "close-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, description = "Not before the latest entry, at most 31 March of the next year",
                example = "2025-01-31") LocalDate effectiveDate,
        @Schema(requiredMode = REQUIRED, description = "Applies where it fits: under SURPLUS basic lines carry forward, "
                + "under RECOVER unit funds carry forward", example = "RECOVER") Disposition defaultDisposition,
        @Schema(description = "Per-line overrides; one that does not fit its line rejects the whole close")
        List<LineDispositionRequest> dispositions) implements ApiRequest {

    /** The disposition of one line, overriding the default. */
    @Schema(name = "LineDisposition")
    record LineDispositionRequest(@Schema(requiredMode = REQUIRED) LineObject line,
            @Schema(requiredMode = REQUIRED, example = "CARRY_FORWARD") Disposition disposition) implements ApiRequest {
    }

    CloseYear toCommand(LedgerRef ledger, String recordedBy) {
        List<LineDisposition> overrides = dispositions == null ? List.of() : dispositions.stream()
                .map(override -> new LineDisposition(override.line().toLine(), override.disposition())).toList();
        return new CloseYear(ledger.id(), requestId, recordedBy, effectiveDate, defaultDisposition, overrides);
    }
}
