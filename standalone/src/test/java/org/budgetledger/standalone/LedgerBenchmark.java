package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.command.api.Journal;
import org.budgetledger.command.api.JournalAnswer;
import org.budgetledger.platform.security.Grant;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.Role;
import org.budgetledger.query.report.ReportId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measures a large year: a synthetic ledger of {@code benchmark.expenditures} expenditures
 * (default 20,000) over 24 lines, loaded through the journal in one process on the embedded
 * PostgreSQL. Prints command throughput, how long the read side takes to catch up, the median and 99th percentile
 * time of every report and of the lines, history, asOf and knownAt queries, and the heap in use. Nothing here
 * asserts a time: the figures are for reading and comparing between versions.
 *
 * <p>Run it with {@code ./mvnw -B -pl standalone -am verify -Dgroups=benchmark
 * -Dbenchmarks.excluded= -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 */
@Tag("benchmark")
class LedgerBenchmark extends StandaloneTestSupport {

    private static final String UNIT = "BENCH";
    private static final int YEAR = 2025;
    private static final String[] FUNCTION_CODES = {"2040201", "2040202", "2040219", "2040220", "2040299", "2080505"};
    private static final String[] ECONOMIC_CODES = {"30201", "30205", "30206", "30207", "30209", "30211", "30213", "30226"};
    private static final int REPEATS = 50;

    @Autowired
    Journal journal;

    @Test
    void largeYear() throws Exception {
        int expenditures = Integer.getInteger("benchmark.expenditures", 20_000);
        List<String> lines = journalLines(expenditures);
        byte[] ndjson = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        JournalAnswer answer = journal.apply(new ByteArrayInputStream(ndjson), "benchmark journal",
                new LedgerUser(TestUsers.DEFAULT, TestUsers.DEFAULT, false, List.of(new Grant(Grant.EVERY_UNIT, Role.APPROVER))));
        double loadSeconds = seconds(start);
        assertThat(answer.summary().rejected()).isZero();

        long catchUpStart = System.nanoTime();
        awaitReadSide(UNIT, YEAR, lines.size());
        double catchUpSeconds = seconds(catchUpStart);

        String path = "/api/v1/ledgers/" + UNIT + "/" + YEAR;
        // A cut after the whole load still goes the knownAt way (aggregating the rows recorded by then).
        String knownAt = java.time.Instant.now().toString();
        StringBuilder report = new StringBuilder("\n=== ledger benchmark: ").append(lines.size()).append(" commands (")
                .append(expenditures).append(" expenditures on 24 lines) ===\n");
        report.append(String.format("journal load        %8.1f s  %8.0f commands/s (each its own transaction)%n", loadSeconds,
                lines.size() / loadSeconds));
        report.append(String.format("read side catch-up  %8.1f s  after the last command%n", catchUpSeconds));
        report.append(String.format("%-58s %8s %8s   (%d repetitions)%n", "query", "p50 ms", "p99 ms", REPEATS));
        for (ReportId id : ReportId.values()) {
            report.append(timed(http, "GET report " + id.id(), path + "/reports/" + id.id()));
        }
        report.append(timed(http, "GET lines", path + "/lines"));
        report.append(timed(http, "GET history?functionCode=2040201&page=3&size=50",
                path + "/history?functionCode=2040201&page=3&size=50"));
        report.append(timed(http, "GET lines?asOf=" + YEAR + "-06-30", path + "/lines?asOf=" + YEAR + "-06-30"));
        report.append(timed(http, "GET report " + ReportId.values()[0].id() + "?knownAt",
                path + "/reports/" + ReportId.values()[0].id() + "?knownAt=" + knownAt));
        report.append(timed(http, "GET checks", path + "/checks"));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        report.append(String.format("heap in use after GC %7.0f MiB of %d MiB max%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0, runtime.maxMemory() / 1048576));
        System.out.println(report);
    }

    /** One line of the report: the median and the 99th percentile of {@code REPEATS} requests after a warm-up one. */
    private static String timed(Http http, String label, String path) {
        assertThat(http.get(path).status()).as(path).isEqualTo(200);
        long[] nanos = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            http.get(path);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        return String.format("%-58s %8.1f %8.1f%n", label, nanos[REPEATS / 2] / 1e6,
                nanos[(int) Math.ceil(REPEATS * 0.99) - 1] / 1e6);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** A year: open, appropriate 24 lines generously, then spread the expenditures over them. */
    private static List<String> journalLines(int expenditures) {
        List<String> lines = new ArrayList<>();
        lines.add("{\"command\":\"OpenLedger\",\"requestId\":\"b-open\",\"unitCode\":\"" + UNIT + "\",\"unitName\":\"基准测试单位\",\"fiscalYear\":" + YEAR + "}");
        List<String> budgetLines = new ArrayList<>();
        for (String code : FUNCTION_CODES) {
            budgetLines.add("{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"" + code + "\",\"nature\":\"BASIC\"}");
            for (int p = 1; p <= 3; p++) {
                budgetLines.add("{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"" + code + "\",\"nature\":\"PROJECT\",\"projectCode\":\"B"
                        + code + "-" + p + "\",\"projectName\":\"基准项目" + code + "-" + p + "\"}");
            }
        }
        for (int i = 0; i < budgetLines.size(); i++) {
            lines.add(command("AppropriateFunds", "b-a" + i, "\"line\":" + budgetLines.get(i)
                    + ",\"amount\":\"900000000.00\",\"documentNo\":\"预-" + i + "\",\"effectiveDate\":\"" + YEAR + "-01-05\""));
        }
        for (int i = 0; i < expenditures; i++) {
            String date = String.format("%d-%02d-%02d", YEAR, 1 + (i * 12 / expenditures), 1 + i % 28);
            long fen = 10_000 + (i * 7919L) % 5_000_000;
            lines.add(command("RecordExpenditure", "b-e" + i, "\"line\":" + budgetLines.get(i % budgetLines.size())
                    + ",\"economicCode\":\"" + ECONOMIC_CODES[i % ECONOMIC_CODES.length] + "\",\"amount\":\""
                    + fen / 100 + "." + String.format("%02d", fen % 100) + "\",\"voucherNo\":\"记-" + i
                    + "\",\"effectiveDate\":\"" + date + "\""));
        }
        return lines;
    }

    private static String command(String name, String requestId, String body) {
        return "{\"command\":\"" + name + "\",\"unitCode\":\"" + UNIT + "\",\"fiscalYear\":" + YEAR + ",\"requestId\":\""
                + requestId + "\"," + body + "}";
    }
}
