package org.budgetledger.command.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.command.api.JournalLine.JournalCommand;
import org.budgetledger.command.ledger.LedgerCommand;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.problem.ProblemResponses;
import org.budgetledger.platform.request.RequestBinder;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.SecurityEvents;
import org.budgetledger.rejection.LedgerRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Applies a journal from any source: the HTTP endpoint, or the demo loader at start-up. */
@Component
public class Journal {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final int PROGRESS_EVERY = 200;

    private final CommandSender sender;
    private final ObjectMapper json;
    private final SecurityEvents securityEvents;

    Journal(CommandSender sender, ObjectMapper json, SecurityEvents securityEvents) {
        this.sender = sender;
        this.json = json;
        this.securityEvents = securityEvents;
    }

    /**
     * Applies every line as made by {@code user} and answers one result per input line plus a
     * summary. Each line is authorized as its own command: a line the user's role does not
     * allow is refused (403, or 404 for a unit without a grant) and the lines after it still
     * apply. Blank lines are skipped but still counted, so that {@code index} is the line number
     * in the file.
     */
    public JournalAnswer apply(InputStream ndjson, String source, LedgerUser user) throws IOException {
        List<JournalAnswer.Result> results = new ArrayList<>();
        int applied = 0;
        int duplicates = 0;
        int rejected = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8));
        String text;
        int index = 0;
        while ((text = reader.readLine()) != null) {
            index++;
            if (text.isBlank()) {
                continue;
            }
            try {
                CommandAnswer answer = applyLine(parse(text), user);
                results.add(JournalAnswer.Result.accepted(index, answer));
                if (answer.duplicate()) {
                    duplicates++;
                } else {
                    applied++;
                }
            } catch (LedgerRejection rejection) {
                results.add(JournalAnswer.Result.refused(index, ProblemResponses.body(rejection)));
                rejected++;
            }
            if (index % PROGRESS_EVERY == 0) {
                log.info("{}: {} lines read, {} applied, {} duplicates, {} rejected", source, index, applied, duplicates, rejected);
            }
        }
        log.info("{}: done, {} lines read, {} applied, {} duplicates, {} rejected", source, index, applied, duplicates, rejected);
        return new JournalAnswer(results, new JournalAnswer.Summary(applied, duplicates, rejected));
    }

    /**
     * One line: its {@code command} says which request type the rest of it is. OpenLedger names
     * its ledger in its own body; every other command names it beside the body.
     */
    private CommandAnswer applyLine(JsonNode line, LedgerUser user) {
        if (line == null || !line.isObject()) {
            throw LedgerRejection.invalid("body", "must be a JSON object");
        }
        Violations headerViolations = new Violations();
        JournalLine header = RequestBinder.bind(line, JournalLine.class, headerViolations);
        if (header.command() == JournalCommand.OpenLedger) {
            OpenLedgerRequest open = RequestBinder.bind(line, OpenLedgerRequest.class);
            LedgerRef ledger = new LedgerRef(open.unitCode(), open.fiscalYear());
            authorize(user, ledger, Action.APPROVE);
            return sender.send(ledger, open.toCommand(user.username()));
        }
        headerViolations.throwIfAny();
        LedgerRef ledger = new LedgerRef(header.unitCode(), header.fiscalYear());
        authorize(user, ledger, header.command().action);
        Record body = RequestBinder.bind(line, header.command().body);
        return sender.send(ledger, command(body, ledger, user.username()));
    }

    /** The line's right, checked as its endpoint's would be; a refusal is a security event like a refused request. */
    private void authorize(LedgerUser user, LedgerRef ledger, Action action) {
        try {
            LedgerAccess.require(user, ledger, action);
        } catch (LedgerRejection refusal) {
            securityEvents.recordRefusal(user.username(), null, refusal.code(), "journal line on " + ledger.id() + ": "
                    + refusal.getMessage());
            throw refusal;
        }
    }

    private static LedgerCommand command(Record body, LedgerRef ledger, String recordedBy) {
        if (body instanceof AppropriateFundsRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof MidYearAdjustRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof TransferBudgetRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof RecordRevenueRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof RecordExpenditureRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof ReverseExpenditureRequest request) {
            if (request.voucherNo() == null) {
                throw LedgerRejection.invalid("voucherNo", "is required");
            }
            return request.toCommand(ledger, null, recordedBy);
        }
        if (body instanceof SetThreePublicBudgetRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof CloseYearRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof SetPerformanceTargetsRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof RecordPerformanceResultRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        throw new IllegalStateException("No command for " + body.getClass().getSimpleName());
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw LedgerRejection.invalid("line", "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
