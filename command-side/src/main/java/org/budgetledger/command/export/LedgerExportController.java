package org.budgetledger.command.export;

import static org.budgetledger.rejection.ErrorCode.LEDGER_NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.events.LedgerEvent;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.Requires;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * A ledger's entries as a journal: every event from the store, in order, as the NDJSON line of
 * {@code POST /api/v1/journal} that records it again ({@link JournalExport}). A backup of one
 * ledger, and the way to move it to another instance. It tells who recorded what and when, so it
 * needs the history's right.
 */
@RestController
@Tag(name = "Operations", description = "Backup and portability")
class LedgerExportController {

    static final String NDJSON = "application/x-ndjson";

    private final EventStore events;
    private final ObjectMapper json;

    LedgerExportController(EventStore events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @Operation(summary = "Export: the ledger's entries as a journal (NDJSON, the /journal format)",
            description = "One line per entry, in order: the command, unitCode and fiscalYear (except for OpenLedger), the "
                    + "original requestId, dates and figures, and \"metadata\" (sequence, event, recordedBy, recordedAt), "
                    + "which an import ignores. POST it to /api/v1/journal of an empty instance to rebuild the ledger.",
            responses = @ApiResponse(responseCode = "200", description = "The journal",
                    content = @Content(mediaType = NDJSON, schema = @Schema(type = "string"))))
    @Rejects({LEDGER_NOT_FOUND})
    @Requires(Action.READ_HISTORY)
    @GetMapping(path = "/api/v1/ledgers/{unit}/{year}/export", produces = NDJSON)
    ResponseEntity<byte[]> export(LedgerRef ledger) {
        DomainEventStream stream = events.readEvents(ledger.id(), 0L);
        if (!stream.hasNext()) {
            throw new LedgerRejection(LEDGER_NOT_FOUND, "No ledger " + ledger.id());
        }
        // Built in full before it is sent (about 1 KB an entry), so that a failure half-way is a problem, not a cut file.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof LedgerEvent event) {
                body.writeBytes(json.writeValueAsBytes(JournalExport.line(event, ledger.unitCode(), ledger.fiscalYear(),
                        message.getSequenceNumber() + 1)));
                body.write('\n');
            }
        }
        String file = ledger.unitCode() + "-" + ledger.fiscalYear() + ".ndjson";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(body.toByteArray());
    }
}
