package org.budgetledger.command.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.command.api.JournalLine.JournalCommand;
import org.budgetledger.command.ledger.Commands.OpenLedger;
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
    /** Lines of one ledger committed together: large enough that a commit's fsync is shared by many, small enough to retry. */
    private static final int BATCH = 200;

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
        Progress progress = new Progress(source);
        Pending pending = new Pending();
        BufferedReader reader = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8));
        String text;
        int index = 0;
        while ((text = reader.readLine()) != null) {
            index++;
            if (text.isBlank()) {
                continue;
            }
            try {
                Prepared line = prepare(parse(text), user);
                if (line.command() instanceof OpenLedger) {
                    pending.flush(progress);
                    progress.accepted(index, sender.send(line.ledger(), line.command()));
                } else {
                    if (!pending.takes(line.ledger())) {
                        pending.flush(progress);
                    }
                    pending.add(index, line);
                }
            } catch (LedgerRejection rejection) {
                pending.flush(progress);
                progress.refused(index, rejection);
            }
        }
        pending.flush(progress);
        return progress.done();
    }

    /** A line read, authorized and turned into its command, for its ledger. */
    private record Prepared(LedgerRef ledger, LedgerCommand command) {
    }

    /**
     * Consecutive lines of one ledger, sent together as one batch (one commit) of at most
     * {@value #BATCH} lines. Lines are never reordered: a line of another ledger, an opening or a
     * line refused before it reaches a ledger sends what is pending first.
     */
    private final class Pending {
        private final List<Integer> indexes = new ArrayList<>();
        private final List<LedgerCommand> commands = new ArrayList<>();
        private LedgerRef ledger;

        boolean takes(LedgerRef other) {
            return ledger == null || (ledger.equals(other) && commands.size() < BATCH);
        }

        void add(int index, Prepared line) {
            ledger = line.ledger();
            indexes.add(index);
            commands.add(line.command());
        }

        void flush(Progress progress) {
            if (commands.isEmpty()) {
                return;
            }
            List<Object> answers = sender.sendBatch(ledger, commands);
            for (int k = 0; k < answers.size(); k++) {
                if (answers.get(k) instanceof CommandAnswer answer) {
                    progress.accepted(indexes.get(k), answer);
                } else {
                    progress.refused(indexes.get(k), (LedgerRejection) answers.get(k));
                }
            }
            indexes.clear();
            commands.clear();
            ledger = null;
        }
    }

    /** The results so far, in line order, with the counts the summary and the progress log show. */
    private static final class Progress {
        private final String source;
        private final List<JournalAnswer.Result> results = new ArrayList<>();
        private int applied;
        private int duplicates;
        private int rejected;

        Progress(String source) {
            this.source = source;
        }

        void accepted(int index, CommandAnswer answer) {
            results.add(JournalAnswer.Result.accepted(index, answer));
            if (answer.duplicate()) {
                duplicates++;
            } else {
                applied++;
            }
            logEvery();
        }

        void refused(int index, LedgerRejection rejection) {
            results.add(JournalAnswer.Result.refused(index, ProblemResponses.body(rejection)));
            rejected++;
            logEvery();
        }

        private void logEvery() {
            if (results.size() % PROGRESS_EVERY == 0) {
                log.info("{}: {} lines done, {} applied, {} duplicates, {} rejected", source, results.size(), applied, duplicates,
                        rejected);
            }
        }

        JournalAnswer done() {
            log.info("{}: done, {} lines, {} applied, {} duplicates, {} rejected", source, results.size(), applied, duplicates,
                    rejected);
            return new JournalAnswer(List.copyOf(results), new JournalAnswer.Summary(applied, duplicates, rejected));
        }
    }

    /**
     * One line: its {@code command} says which request type the rest of it is. OpenLedger names
     * its ledger in its own body; every other command names it beside the body.
     */
    private Prepared prepare(JsonNode line, LedgerUser user) {
        if (line == null || !line.isObject()) {
            throw LedgerRejection.invalid("body", "must be a JSON object");
        }
        Violations headerViolations = new Violations();
        JournalLine header = RequestBinder.bind(line, JournalLine.class, headerViolations);
        if (header.command() == JournalCommand.OpenLedger) {
            OpenLedgerRequest open = RequestBinder.bind(line, OpenLedgerRequest.class);
            LedgerRef ledger = new LedgerRef(open.unitCode(), open.fiscalYear());
            authorize(user, ledger, Action.APPROVE);
            return new Prepared(ledger, open.toCommand(user.username()));
        }
        headerViolations.throwIfAny();
        LedgerRef ledger = new LedgerRef(header.unitCode(), header.fiscalYear());
        authorize(user, ledger, header.command().action);
        Record body = RequestBinder.bind(line, header.command().body);
        return new Prepared(ledger, command(header, body, ledger, user));
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

    private static LedgerCommand command(JournalLine header, Record body, LedgerRef ledger, LedgerUser user) {
        String recordedBy = user.username();
        // RequestPayment's body is an expenditure's: the header, not the body, says which command it is.
        if (header.command() == JournalCommand.RequestPayment && body instanceof RecordExpenditureRequest request) {
            return request.toPaymentRequest(ledger, recordedBy);
        }
        // Checked here, after the line's right, as the reversal's voucherNo is: a caller without the right learns nothing.
        boolean decision = body instanceof ApprovePaymentRequest || body instanceof RejectPaymentRequest;
        if (decision && header.paymentRequestId() == null) {
            throw LedgerRejection.invalid("paymentRequestId", "is required");
        }
        if (body instanceof ApprovePaymentRequest request) {
            return request.toJournalCommand(ledger, header.paymentRequestId(), recordedBy, user.admin());
        }
        if (body instanceof RejectPaymentRequest request) {
            return request.toCommand(ledger, header.paymentRequestId(), recordedBy);
        }
        if (body instanceof SetControlBudgetRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
        if (body instanceof RecordStatementRequest request) {
            return request.toCommand(ledger, recordedBy);
        }
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
