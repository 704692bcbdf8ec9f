package org.budgetledger.standalone.demo;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.budgetledger.command.api.Journal;
import org.budgetledger.command.api.JournalAnswer;
import org.budgetledger.line.Nature;
import org.budgetledger.platform.security.DemoUsers;
import org.budgetledger.platform.security.Grant;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.Role;
import org.budgetledger.query.entries.LedgerEntryProjection;
import org.budgetledger.query.entries.ProjectionPositions;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.report.CheckResult;
import org.budgetledger.query.report.ConsistencyCheck;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * {@code --demo}: loads the two demo ledgers before the process reports ready (the 2023 final
 * accounts of 株洲市公安局交通警察支队 with its self-evaluations, and the 2023 year of
 * 炎陵县公安局交通警察大队 behind its published 整体支出绩效自评, both recorded as commands), then
 * prints each one's year-end position. Loading is idempotent: on a second start every line is
 * recognised by its request id and nothing is recorded twice.
 */
@Component
class DemoLoader implements ApplicationRunner {

    /** A demo journal and the unit it records. */
    record DemoJournal(String unitCode, String resource) {
    }

    static final List<DemoJournal> JOURNALS = List.of(
            new DemoJournal("ZZJJ", "demo/zhuzhou-traffic-police-2023.ndjson"),
            new DemoJournal("YLJJ", "demo/yanling-traffic-police-2023.ndjson"));
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    private final Journal journal;
    private final DemoUsers demoUsers;
    private final int port;
    private final ProjectionPositions projections;
    private final LedgerPositions positions;
    private final ReportBuilder reports;
    private final ConsistencyCheck consistency;

    DemoLoader(Journal journal, DemoUsers demoUsers, ProjectionPositions projections, LedgerPositions positions,
            ReportBuilder reports, ConsistencyCheck consistency, @Value("${server.port:8080}") int port) {
        this.port = port;
        this.journal = journal;
        this.demoUsers = demoUsers;
        this.projections = projections;
        this.positions = positions;
        this.reports = reports;
        this.consistency = consistency;
    }

    /** A demo year is recorded by its unit's 财务负责人, who may both budget and spend. */
    static LedgerUser recorderOf(String unitCode) {
        return new LedgerUser(unitCode + "-approver", unitCode + " 财务负责人", false, List.of(new Grant(unitCode, Role.APPROVER)));
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("demo")) {
            return;
        }
        List<String> units = JOURNALS.stream().map(DemoJournal::unitCode).toList();
        DemoUsers.Report users = demoUsers.ensureDemoUsers(units);
        StringBuilder out = new StringBuilder("\n");
        String firstLedger = null;
        for (DemoJournal demo : JOURNALS) {
            String ledgerId = load(demo, out);
            firstLedger = firstLedger == null ? ledgerId : firstLedger;
        }
        // On the console, not in the log: a random password is shown here once, when the users are created.
        out.append("\nIn a browser: http://localhost:").append(port).append("/ (the web UI, in Chinese)");
        out.append("\nLog in (HTTP Basic, or the login page at /login) as ");
        for (String unit : units) {
            out.append(unit).append("-recorder (经办), ").append(unit).append("-approver (财务负责人), ").append(unit).append("-viewer, ");
        }
        out.append("or ").append(DemoUsers.AUDITOR)
                .append(" (every unit); users and grants are managed by admin (password: LEDGER_ADMIN_PASSWORD, or printed at the first start).\n")
                .append(users.message()).append("\n")
                .append("For example: curl -u ").append(DemoUsers.AUDITOR).append(":<password> http://localhost:").append(port).append("/api/v1/ledgers/")
                .append(firstLedger).append("/reports/01\n");
        System.out.println(out);
    }

    /** Applies one demo journal, waits for the read side and appends the ledger's year-end position; answers the ledger id. */
    private String load(DemoJournal demo, StringBuilder out) throws Exception {
        log.info("Loading the demo journal {}", demo.resource());
        JournalAnswer answer;
        try (InputStream in = new ClassPathResource(demo.resource()).getInputStream()) {
            answer = journal.apply(in, "demo journal " + demo.unitCode(), recorderOf(demo.unitCode()));
        }
        List<JournalAnswer.Result> results = answer.results();
        results.stream().filter(result -> result.status() != 200)
                .forEach(result -> log.warn("Demo journal {} line {} rejected: {} {}", demo.resource(), result.index(), result.code(),
                        result.detail()));
        String ledgerId = results.stream().map(JournalAnswer.Result::ledger).filter(id -> id != null).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("The demo journal " + demo.resource() + " names no ledger"));
        long sequence = results.stream().filter(result -> result.sequence() != null).mapToLong(JournalAnswer.Result::sequence)
                .max().orElse(0);
        awaitReadSide(ledgerId, sequence);

        LedgerPosition position = positions.of(ledgerId, null, null);
        List<CheckResult> checks = consistency.check(position);
        out.append("Demo ledger ").append(ledgerId).append(" (").append(position.unitName()).append("): ").append(answer.summary())
                .append(", ").append(position.sequence()).append(" entries, ")
                .append(checks.stream().filter(CheckResult::passed).count()).append(" of ").append(checks.size())
                .append(" consistency checks passed\n\n");
        out.append(TerminalTable.render(reports.build(ReportId.parse("01").orElseThrow(), position))).append('\n');
        if (position.lines().stream().anyMatch(line -> line.line().nature() == Nature.PROJECT)) {
            out.append(TerminalTable.render(reports.build(ReportId.parse("project-execution").orElseThrow(), position))).append('\n');
        }
        out.append(TerminalTable.render(reports.build(ReportId.parse("performance-unit").orElseThrow(), position)));
        out.append("\nEvery table: GET /api/v1/ledgers/").append(ledgerId).append("/reports (add ?format=xlsx or ?format=csv; ")
                .append("performance-unit?format=text is the self-evaluation's narrative)\n\n");
        return ledgerId;
    }

    private void awaitReadSide(String ledgerId, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (projections.of(LedgerEntryProjection.NAME, ledgerId) < sequence) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The read side did not apply the demo ledger within " + CATCH_UP.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }
}
