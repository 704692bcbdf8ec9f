package org.budgetledger.command.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bulk journal: NDJSON, one command per line, applied in order. A rejected line does not
 * stop the lines after it, and re-sending a corrected file is safe because every line has a
 * request id.
 */
@RestController
class JournalController {

    private final Journal journal;

    JournalController(Journal journal) {
        this.journal = journal;
    }

    @Operation(summary = "Any command, in bulk", description = "application/x-ndjson: one JSON object per line with "
            + "\"command\", \"unitCode\" and \"fiscalYear\" beside the command's body. Applied in order; each line is "
            + "answered in results (status 200 with the command's answer, or the problem of its refusal: any code of the "
            + "named command). Always 200 once the body is read.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = JournalLine.class)),
                    @Content(mediaType = "application/jsonl", schema = @Schema(implementation = JournalLine.class))}))
    @Rejects({})
    @PostMapping(path = "/api/v1/journal", consumes = {"application/x-ndjson", "application/jsonl", "text/plain"},
            produces = "application/json")
    JournalAnswer post(InputStream body) throws IOException {
        LedgerUser user = CurrentUser.get();
        return journal.apply(body, "journal by " + user.username(), user);
    }
}
