package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Steady command load on a few ledgers, as clients of a process under a fault would send it:
 * expenditures of 1.00 with request ids of their own, each attempt recorded (status, code,
 * time to answer). What a fault test then asks: every acknowledged command (answered 200) is in
 * the ledger afterwards, once; a command sent but not acknowledged (503, or no answer) may or may
 * not be, and is sent again with its request id until it is acknowledged, so that in the end the
 * ledger holds exactly the commands sent, each once.
 */
final class CommandLoad {

    static final int YEAR = 2023;
    static final Map<String, Object> LINE = LedgerScenario.basicLine("2040201");

    /** One attempt of one command: status -1 is no answer (connection refused or reset). */
    record Attempt(String requestId, long startedNanos, long elapsedNanos, int status, String code) {
        double seconds() {
            return elapsedNanos / 1e9;
        }
    }

    private final Http http;
    private final List<String> units;
    private final int threadsPerLedger;
    private final Map<String, AtomicInteger> next = new ConcurrentHashMap<>();
    /** Request id → the sequence it was acknowledged with. */
    final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    /** Every request id sent at least once, by unit. */
    final Map<String, Set<String>> sent = new ConcurrentHashMap<>();
    final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    CommandLoad(Http http, List<String> units, int threadsPerLedger) {
        this.http = http;
        this.units = units;
        this.threadsPerLedger = threadsPerLedger;
        for (String unit : units) {
            next.put(unit, new AtomicInteger());
            sent.put(unit, ConcurrentHashMap.newKeySet());
        }
    }

    /** Opens each ledger with a budget far beyond the load. */
    void openLedgers() {
        for (String unit : units) {
            LedgerScenario ledger = new LedgerScenario(http, unit, YEAR);
            ledger.open("故障测试单位 " + unit);
            ledger.appropriate(LINE, "100000000.00", "测财〔2023〕" + unit, "2023-01-05");
        }
    }

    void start() {
        running.set(true);
        for (String unit : units) {
            for (int t = 0; t < threadsPerLedger; t++) {
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        Attempt attempt = send(unit, next.get(unit).getAndIncrement());
                        if (attempt.status() != 200) {
                            // A refused or unanswered command: the client backs off a little, as a real one would.
                            LaunchedJars.pause(200);
                        }
                    }
                }, "load-" + unit + "-" + t);
                thread.start();
                threads.add(thread);
            }
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(120_000);
        }
        threads.clear();
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** Sends expenditure {@code n} of {@code unit} once and records the attempt. */
    Attempt send(String unit, int n) {
        String requestId = unit + "-e" + n;
        sent.get(unit).add(requestId);
        String json = Http.JSON.writeValueAsString(Map.of("requestId", requestId, "line", LINE, "economicCode", "30201",
                "amount", "1.00", "voucherNo", unit + "-V" + n, "effectiveDate", "2023-02-01", "payee", "测试供应商"));
        long started = System.nanoTime();
        Attempt attempt;
        try {
            Http.Answer answer = http.postJson("/api/v1/ledgers/" + unit + "/" + YEAR + "/expenditures", json);
            String code = null;
            if (answer.status() == 200) {
                acknowledged.put(requestId, answer.json().get("sequence").asLong());
            } else {
                code = codeOf(answer);
            }
            attempt = new Attempt(requestId, started, System.nanoTime() - started, answer.status(), code);
        } catch (UncheckedIOException noAnswer) {
            attempt = new Attempt(requestId, started, System.nanoTime() - started, -1, "NO_ANSWER");
        }
        attempts.add(attempt);
        return attempt;
    }

    private static String codeOf(Http.Answer answer) {
        try {
            JsonNode code = answer.json().get("code");
            return code == null ? "(no code) " + answer.text() : code.asString();
        } catch (RuntimeException notJson) {
            return "(not problem+json) " + answer.text();
        }
    }

    /**
     * Sends every command that was sent but not acknowledged again, with its request id, until
     * it is: it is then recorded once whether or not its first attempt had committed.
     */
    void acknowledgeEverySent(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (String unit : units) {
            for (String requestId : new TreeSet<>(sent.get(unit))) {
                int n = Integer.parseInt(requestId.substring(requestId.lastIndexOf("-e") + 2));
                while (!acknowledged.containsKey(requestId)) {
                    assertThat(System.nanoTime()).as("%s acknowledged in time", requestId).isLessThan(deadline);
                    Attempt attempt = send(unit, n);
                    if (attempt.status() != 200) {
                        assertThat(attempt.status()).as("repeat of %s: %s", requestId, attempt.code()).isIn(-1, 503);
                        LaunchedJars.pause(500);
                    }
                }
            }
        }
    }

    /**
     * Every acknowledged command is in the ledger, once: repeated, each answers as a duplicate with
     * the sequence it was first acknowledged with; the ledger holds exactly the commands sent (its
     * sequence, the history's expenditures, the line's spent), and its consistency checks pass.
     */
    void assertEveryAcknowledgedCommandRecordedOnce(Http reader) {
        for (String unit : units) {
            int count = sent.get(unit).size();
            long last = 2 + count;
            String path = "/api/v1/ledgers/" + unit + "/" + YEAR;
            JsonNode lines = reader.getJson(path + "/lines?minSequence=" + last);
            assertThat(lines.get("sequence").asLong()).as("entries of %s", unit).isEqualTo(last);
            assertThat(lines.get("lines").get(0).get("spent").asString()).as("spent on %s", unit).isEqualTo(count + ".00");
            JsonNode history = reader.getJson(path + "/history?type=ExpenditureRecorded&minSequence=" + last);
            assertThat(history.get("total").asLong()).as("expenditures in the history of %s", unit).isEqualTo(count);
            LedgerAssertions.assertLedgerConsistent(reader, unit, YEAR);
        }
        Set<Long> sequences = new TreeSet<>();
        for (Map.Entry<String, Long> entry : acknowledged.entrySet()) {
            String requestId = entry.getKey();
            String unit = requestId.substring(0, requestId.lastIndexOf("-e"));
            int n = Integer.parseInt(requestId.substring(requestId.lastIndexOf("-e") + 2));
            String json = Http.JSON.writeValueAsString(Map.of("requestId", requestId, "line", LINE, "economicCode", "30201",
                    "amount", "1.00", "voucherNo", unit + "-V" + n, "effectiveDate", "2023-02-01", "payee", "测试供应商"));
            JsonNode again = http.command("/api/v1/ledgers/" + unit + "/" + YEAR + "/expenditures", json);
            assertThat(again.get("duplicate").asBoolean()).as("%s repeated is a duplicate", requestId).isTrue();
            assertThat(again.get("sequence").asLong()).as("sequence of %s", requestId).isEqualTo(entry.getValue());
            assertThat(sequences.add(entry.getValue() * 1000 + units.indexOf(unit))).as("sequence of %s unique", requestId).isTrue();
        }
    }

    /** Attempts with their status and code, counted: {@code 200=812, 503 DATABASE_UNAVAILABLE=40, -1 NO_ANSWER=3}. */
    Map<String, Integer> outcomes() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Attempt attempt : attempts) {
            counts.merge(attempt.status() + (attempt.code() == null ? "" : " " + attempt.code()), 1, Integer::sum);
        }
        return counts;
    }
}
