package org.budgetledger.command.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
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

    @PostMapping(path = "/api/v1/journal", consumes = {"application/x-ndjson", "application/jsonl", "text/plain"},
            produces = "application/json")
    Map<String, Object> post(InputStream body) throws IOException {
        return journal.apply(body, "journal");
    }
}
