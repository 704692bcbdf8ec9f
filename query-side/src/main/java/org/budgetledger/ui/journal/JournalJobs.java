package org.budgetledger.ui.journal;

import org.budgetledger.ui.commands.CommandClient;
import org.budgetledger.ui.commands.JournalReply;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.security.LedgerUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports run in the background, a few lines at a time through the command side's journal ({@link CommandClient}), so that their
 * page can show progress. Jobs live in memory only: at most {@value #PER_USER} per user (the
 * oldest finished ones are forgotten), and a user sees only their own.
 */
@Component
class JournalJobs {

    private static final Logger log = LoggerFactory.getLogger(JournalJobs.class);
    static final int PER_USER = 10;
    private static final int BATCH = 10;

    private final CommandClient commands;
    private final ObjectMapper json;
    private final ExecutorService workers = Executors.newFixedThreadPool(1, runnable -> {
        Thread thread = new Thread(runnable, "ui-journal-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Deque<Job>> byUser = new ConcurrentHashMap<>();

    JournalJobs(CommandClient commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    /** One line's outcome as the results table shows it. */
    record LineResult(int lineNo, String status, String code, String reason, Long sequence, String available) {
    }

    /** An import: its progress and, line by line, its results. */
    static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final String fileName;
        final LedgerRef ledger;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final List<LineResult> results = Collections.synchronizedList(new ArrayList<>());
        volatile boolean finished;
        volatile String failure;

        Job(String owner, String fileName, LedgerRef ledger, int total) {
            this.owner = owner;
            this.fileName = fileName;
            this.ledger = ledger;
            this.total = total;
        }

        public String id() {
            return id;
        }

        public String fileName() {
            return fileName;
        }

        public LedgerRef ledger() {
            return ledger;
        }

        public int total() {
            return total;
        }

        public int done() {
            return done.get();
        }

        public boolean finished() {
            return finished;
        }

        public String failure() {
            return failure;
        }

        public List<LineResult> results() {
            synchronized (results) {
                return List.copyOf(results);
            }
        }

        public long count(String status) {
            return results().stream().filter(result -> result.status().equals(status)).count();
        }
    }

    Job start(LedgerUser user, LedgerRef ledger, String fileName, List<JournalRows.InputRow> rows) {
        Job job = new Job(user.username(), fileName, ledger, rows.size());
        Deque<Job> jobs = byUser.computeIfAbsent(user.username(), ignored -> new ConcurrentLinkedDeque<>());
        jobs.addFirst(job);
        while (jobs.size() > PER_USER) {
            Job oldest = jobs.peekLast();
            if (oldest == null || !oldest.finished) {
                break;
            }
            jobs.remove(oldest);
        }
        workers.submit(() -> run(job, user, rows));
        return job;
    }

    Optional<Job> find(String username, String id) {
        Deque<Job> jobs = byUser.get(username);
        return jobs == null ? Optional.empty() : jobs.stream().filter(job -> job.id.equals(id)).findFirst();
    }

    List<Job> of(String username) {
        Deque<Job> jobs = byUser.get(username);
        return jobs == null ? List.of() : List.copyOf(jobs);
    }

    private void run(Job job, LedgerUser user, List<JournalRows.InputRow> rows) {
        try {
            List<JournalRows.InputRow> batch = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (JournalRows.InputRow row : rows) {
                String line = row.problem() == null ? toLine(row, job.ledger) : null;
                if (line == null) {
                    flush(job, user, batch, lines);
                    job.results.add(new LineResult(row.lineNo(), "拒绝", "VALIDATION_FAILED",
                            row.problem() != null ? row.problem() : "the row has no command", null, null));
                    job.done.incrementAndGet();
                    continue;
                }
                batch.add(row);
                lines.add(line);
                if (batch.size() == BATCH) {
                    flush(job, user, batch, lines);
                }
            }
            flush(job, user, batch, lines);
        } catch (Exception e) {
            log.error("Journal import {} failed", job.id, e);
            job.failure = "导入中断：" + e.getClass().getSimpleName() + " " + e.getMessage();
        } finally {
            job.finished = true;
        }
    }

    private void flush(Job job, LedgerUser user, List<JournalRows.InputRow> batch, List<String> lines) throws Exception {
        if (batch.isEmpty()) {
            return;
        }
        JournalReply answer = commands.journal(String.join("\n", lines), user.username());
        for (JournalReply.Result result : answer.results()) {
            JournalRows.InputRow row = batch.get(result.index() - 1);
            if (result.status() == 200) {
                job.results.add(new LineResult(row.lineNo(), Boolean.TRUE.equals(result.duplicate()) ? "重复" : "已记账", null, null,
                        result.sequence(), result.line() == null ? null : result.line().available()));
            } else {
                String reason = result.detail();
                if (result.errors() != null && !result.errors().isEmpty()) {
                    reason = result.errors().stream().map(error -> error.field() + " " + error.message())
                            .reduce((a, b) -> a + "；" + b).orElse(reason);
                }
                job.results.add(new LineResult(row.lineNo(), "拒绝", result.code(), reason, null, null));
            }
            job.done.incrementAndGet();
        }
        batch.clear();
        lines.clear();
    }

    /** A row as the journal's JSON line: the page's ledger, the command, its body, its line. */
    String toLine(JournalRows.InputRow row, LedgerRef ledger) {
        if (row.ndjson() != null) {
            try {
                JsonNode node = json.readTree(row.ndjson());
                if (node instanceof ObjectNode object && !object.has("unitCode") && !object.has("fiscalYear")
                        && !"OpenLedger".equals(object.path("command").asString(""))) {
                    object.put("unitCode", ledger.unitCode());
                    object.put("fiscalYear", ledger.fiscalYear());
                    return json.writeValueAsString(object);
                }
            } catch (RuntimeException notJson) {
                // the journal answers it with its own reason
            }
            return row.ndjson();
        }
        Map<String, String> cells = row.cells();
        if (!cells.containsKey("command")) {
            return null;
        }
        ObjectNode line = json.createObjectNode();
        line.put("command", cells.get("command"));
        line.put("unitCode", ledger.unitCode());
        line.put("fiscalYear", ledger.fiscalYear());
        // A transfer names two lines: the line columns are its "from", the to… columns its "to"
        // (in the same fund unless toFund says otherwise, since a transfer stays inside its fund).
        boolean transfer = "TransferBudget".equals(cells.get("command"));
        ObjectNode budgetLine = null;
        ObjectNode toLine = null;
        ObjectNode procurement = null;
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String column = cell.getKey();
            switch (column) {
                case "command" -> {
                }
                case "fund", "functionCode", "nature", "projectCode", "projectName" -> {
                    if (budgetLine == null) {
                        budgetLine = line.putObject(transfer ? "from" : "line");
                    }
                    budgetLine.put(column, cell.getValue());
                }
                case "toFund", "toFunctionCode", "toNature", "toProjectCode", "toProjectName" -> {
                    if (!transfer) {
                        line.put(column, cell.getValue());
                        continue;
                    }
                    if (toLine == null) {
                        toLine = line.putObject("to");
                    }
                    String field = Character.toLowerCase(column.charAt(2)) + column.substring(3);
                    toLine.put(field, cell.getValue());
                }
                case "procurementMethod", "supplierSize" -> {
                    // 政府采购 of an expenditure or payment request: two flat columns, one object of the API.
                    if (procurement == null) {
                        procurement = line.putObject("procurement");
                    }
                    procurement.put(column.equals("procurementMethod") ? "method" : "supplierSize", cell.getValue());
                }
                case "figures" -> figures(line, cell.getValue());
                case "disposition" -> line.put("defaultDisposition", cell.getValue());
                case "description" -> line.put("AppropriateFunds".equals(cells.get("command")) ? "note" : "description",
                        cell.getValue());
                default -> line.put(column, cell.getValue());
            }
        }
        if (toLine != null && !toLine.has("fund") && budgetLine != null && budgetLine.has("fund")) {
            toLine.put("fund", budgetLine.get("fund").asString());
        }
        return json.writeValueAsString(line);
    }

    /**
     * A statement's figures in one cell, {@code EMERGENCY=1;LAW_ENFORCEMENT=124} (`;` or a
     * full-width `；` between them), as the API's object. A part without {@code =} is sent as a
     * figure of that name without a value, so that the command names it and lists the figures
     * the statement has, instead of a bare "must be an object".
     */
    static void figures(ObjectNode line, String cell) {
        ObjectNode figures = line.putObject("figures");
        for (String pair : cell.split("[;；]")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                figures.put(pair.strip(), "");
            } else {
                figures.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
