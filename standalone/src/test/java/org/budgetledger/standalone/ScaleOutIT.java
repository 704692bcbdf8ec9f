package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.budgetledger.embedded.EmbeddedDatabase;
import org.budgetledger.embedded.EmbeddedDatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Scale-out on one PostgreSQL: two command-side and two query-side processes (the packaged jars)
 * on loopback. Several threads write expenditures to four ledgers through both command nodes at
 * once (so the same ledger is written from two processes), reading their writes back through
 * either query node with {@code minSequence}. The two query nodes share each projection's four
 * segments; in the middle of the load one of them is killed with SIGKILL. The other takes its
 * segments over once their claims time out, and every ledger converges to exactly what the
 * acknowledged commands say: every command one event, every event counted once.
 */
class ScaleOutIT {

    private static final int YEAR = 2023;
    private static final int LEDGERS = 4;
    private static final int EXPENDITURES_PER_LEDGER = 300;
    private static final int THREADS_PER_LEDGER = 2;
    /** Every expenditure is 100.00, so that report 01 (in 万元, two decimals) shows the sum exactly. */
    private static final long AMOUNT_FEN = 10_000;
    private static final List<String> PROJECTIONS = List.of("ledger-directory", "ledger-entries");
    private static final int SEGMENTS = 4;
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);

    private static Path target;
    private static EmbeddedDatabase postgres;
    private static final List<Process> processes = new ArrayList<>();
    private static final Http[] commands = new Http[2];
    private static final Http[] queries = new Http[2];
    private static final Process[] queryProcesses = new Process[2];
    /** Set just before query node 1 is killed: a read in flight to it then fails and is asked of node 2. */
    private static final java.util.concurrent.atomic.AtomicBoolean KILLED = new java.util.concurrent.atomic.AtomicBoolean();

    @BeforeAll
    static void startTwoAndTwo() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        target = module.resolve("target");
        postgres = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(target.resolve("scale-it-data").toString(),
                new EmbeddedDatabaseSettings.Embedded(true, false, Duration.ofSeconds(60))));
        String url = postgres.jdbcUrl();
        Path commandJar = module.resolve("../command-side/target/command-side.jar");
        Path queryJar = module.resolve("../query-side/target/query-side.jar");
        int[] commandPorts = {LaunchedJars.freePort(), LaunchedJars.freePort()};
        // All four start together on the empty database: the migrations, the admin user and the processors' tokens
        // are each created once, whichever node comes first.
        Process first = start(commandJar, commandPorts[0], url, "scale-command-1.log", Map.of());
        commands[0] = new Http(commandPorts[0]);
        Process second = start(commandJar, commandPorts[1], url, "scale-command-2.log", Map.of());
        commands[1] = new Http(commandPorts[1]);
        for (int i = 0; i < 2; i++) {
            int port = LaunchedJars.freePort();
            queryProcesses[i] = start(queryJar, port, url, "scale-query-" + (i + 1) + ".log", Map.of(
                    "LEDGER_COMMAND_URL", "http://localhost:" + commandPorts[i], "LEDGER_MIN_SEQUENCE_WAIT", "60s"));
            queries[i] = new Http(port);
        }
        LaunchedJars.awaitHealthy("command node 1", commands[0], first, target.resolve("scale-command-1.log"));
        LaunchedJars.awaitHealthy("command node 2", commands[1], second, target.resolve("scale-command-2.log"));
        for (int i = 0; i < 2; i++) {
            LaunchedJars.awaitHealthy("query node " + (i + 1), queries[i], queryProcesses[i],
                    target.resolve("scale-query-" + (i + 1) + ".log"));
        }
    }

    @AfterAll
    static void stopAll() throws InterruptedException, IOException {
        try {
            for (Process process : processes) {
                LaunchedJars.stop(process);
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void twoQueryNodesShareTheProjectionsAndOneTakesOverWhenTheOtherIsKilledUnderLoad() throws Exception {
        String[] owners = {owner(queryProcesses[0]), owner(queryProcesses[1])};
        // Both query nodes hold two of the four segments of each projection.
        awaitUntil("both query nodes hold two segments of each projection", Duration.ofSeconds(60), () -> {
            Map<String, Map<String, Integer>> held = segmentsHeld();
            return PROJECTIONS.stream().allMatch(p -> held.getOrDefault(p, Map.of()).getOrDefault(owners[0], 0) == 2
                    && held.getOrDefault(p, Map.of()).getOrDefault(owners[1], 0) == 2);
        });
        Map<String, Map<String, Integer>> sharedAtStart = segmentsHeld();

        // One ledger in each segment (Axon's segment of an event: its aggregate id's hash, masked).
        List<String> units = unitsCoveringEverySegment();
        for (String unit : units) {
            LedgerScenario ledger = new LedgerScenario(commands[0], unit, YEAR);
            ledger.open("扩展测试单位 " + unit);
            ledger.appropriate(LedgerScenario.basicLine("2040201"), "1000000.00", "测财〔2023〕" + unit, "2023-01-05");
        }
        Map<Integer, String> victimsSegments = segmentsOf(owners[0], "ledger-entries");

        int total = LEDGERS * EXPENDITURES_PER_LEDGER;
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger concurrentRetries = new AtomicInteger();
        AtomicInteger[] readsThrough = {new AtomicInteger(), new AtomicInteger()};
        Map<String, Set<Long>> sequences = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        long[] killedAt = {0};
        Runnable[] work = new Runnable[LEDGERS * THREADS_PER_LEDGER];
        for (int l = 0; l < LEDGERS; l++) {
            String unit = units.get(l);
            sequences.put(unit, ConcurrentHashMap.newKeySet());
            for (int t = 0; t < THREADS_PER_LEDGER; t++) {
                int thread = t;
                work[l * THREADS_PER_LEDGER + t] = () -> {
                    for (int i = thread; i < EXPENDITURES_PER_LEDGER; i += THREADS_PER_LEDGER) {
                        try {
                            // Alternate the command nodes, so that both write each ledger at the same time.
                            long sequence = spend(commands[i % 2], unit, i, concurrentRetries);
                            if (!sequences.get(unit).add(sequence)) {
                                failures.add(unit + ": sequence " + sequence + " answered twice");
                            }
                            acknowledged.incrementAndGet();
                            if (i % 5 == 0) {
                                readYourWrite(unit, sequence, i % 2, killedAt, readsThrough);
                            }
                        } catch (Throwable failure) {
                            failures.add(unit + " #" + i + ": " + failure);
                        }
                    }
                };
            }
        }
        long loadStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        for (Runnable task : work) {
            pool.execute(task);
        }
        // The middle of the load: kill query node 1 without notice.
        awaitUntil("a third of the commands acknowledged", Duration.ofSeconds(120),
                () -> acknowledged.get() >= total / 3 || !failures.isEmpty());
        assertThat(failures).as("failures before the kill").isEmpty();
        int acknowledgedAtKill = acknowledged.get();
        KILLED.set(true);
        queryProcesses[0].destroyForcibly();
        killedAt[0] = System.nanoTime();
        assertThat(queryProcesses[0].waitFor(10, TimeUnit.SECONDS)).as("query node 1 killed").isTrue();

        awaitUntil("query node 2 holds every segment of both projections", TAKEOVER_LIMIT, () -> {
            Map<String, Map<String, Integer>> held = segmentsHeld();
            return PROJECTIONS.stream().allMatch(p -> held.getOrDefault(p, Map.of()).getOrDefault(owners[1], 0) == SEGMENTS);
        });
        double takeoverSeconds = (System.nanoTime() - killedAt[0]) / 1e9;
        int acknowledgedAtTakeover = acknowledged.get();

        pool.shutdown();
        assertThat(pool.awaitTermination(150, TimeUnit.SECONDS)).as("load finished").isTrue();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        assertThat(failures).as("failed commands or reads").isEmpty();
        assertThat(acknowledged.get()).isEqualTo(total);

        System.out.printf("ScaleOutIT: segments at start %s; query node 1 (%s) killed after %d of %d commands, holding "
                        + "ledger-entries segments %s; query node 2 held all %d segments of both projections %.1f s later "
                        + "(%d commands acknowledged by then); %d commands acknowledged in %.1f s (%.0f/s), %d lost races "
                        + "repeated by the client; reads with minSequence through node 1: %d, node 2: %d%n",
                sharedAtStart, owners[0], acknowledgedAtKill, total, victimsSegments.keySet(), SEGMENTS, takeoverSeconds,
                acknowledgedAtTakeover, acknowledged.get(), loadSeconds, acknowledged.get() / loadSeconds,
                concurrentRetries.get(), readsThrough[0].get(), readsThrough[1].get());
        assertThat(readsThrough[0].get()).as("reads through query node 1 before the kill").isPositive();
        assertThat(readsThrough[1].get()).as("reads through query node 2").isPositive();

        Http survivor = queries[1];
        long last = 2 + EXPENDITURES_PER_LEDGER;
        for (String unit : units) {
            String path = "/api/v1/ledgers/" + unit + "/" + YEAR;
            // Every acknowledged command is one event: the answers' sequences are 3..302, each once.
            assertThat(sequences.get(unit)).as("sequences acknowledged on %s", unit).hasSize(EXPENDITURES_PER_LEDGER)
                    .allMatch(s -> s >= 3 && s <= last);
            assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", unit + "/" + YEAR))
                    .as("events of %s", unit).isEqualTo(last);

            JsonNode lines = survivor.getJson(path + "/lines?minSequence=" + last);
            assertThat(lines.get("sequence").asLong()).isEqualTo(last);
            JsonNode line = lines.get("lines").get(0);
            String spent = Amount.of(EXPENDITURES_PER_LEDGER * AMOUNT_FEN);
            assertThat(line.get("initial").asString()).isEqualTo("1000000.00");
            assertThat(line.get("spent").asString()).as("spent on %s", unit).isEqualTo(spent);
            assertThat(line.get("available").asString()).isEqualTo(Amount.of(100_000_000L - EXPENDITURES_PER_LEDGER * AMOUNT_FEN));
            JsonNode history = survivor.getJson(path + "/history?type=ExpenditureRecorded&minSequence=" + last);
            assertThat(history.get("total").asLong()).as("expenditures in the history of %s", unit)
                    .isEqualTo(EXPENDITURES_PER_LEDGER);
            ReportTable summary = ReportTable.fetch(survivor, path, "01");
            assertThat(summary.cell("EXPENDITURE_TOTAL", "amount")).isEqualTo(Amount.wan(EXPENDITURES_PER_LEDGER * AMOUNT_FEN));
            assertThat(summary.cell("INCOME_TOTAL", "amount")).isEqualTo("100.00");
            LedgerAssertions.assertLedgerConsistent(survivor, unit, YEAR);

            // No event counted twice in the tables: one row per entry and movement, totals equal to the rows.
            String ledgerId = unit + "/" + YEAR;
            assertThat(count("SELECT count(*) FROM (SELECT sequence, movement FROM ledger_entry WHERE ledger_id = ? "
                    + "GROUP BY sequence, movement HAVING count(*) > 1) repeated", ledgerId)).as("repeated rows of %s", unit).isZero();
            assertThat(count("SELECT count(DISTINCT sequence) FROM ledger_entry WHERE ledger_id = ? AND entry_type = 'ExpenditureRecorded'",
                    ledgerId)).isEqualTo(EXPENDITURES_PER_LEDGER);
            assertThat(count("SELECT count(*) FROM ledger_entry WHERE ledger_id = ? AND entry_type = 'ExpenditureRecorded'",
                    ledgerId)).isEqualTo(EXPENDITURES_PER_LEDGER);
            assertThat(count("SELECT coalesce(sum(amount_fen), 0) FROM line_total WHERE ledger_id = ? AND movement = 'SPEND'",
                    ledgerId)).isEqualTo(EXPENDITURES_PER_LEDGER * AMOUNT_FEN);
            for (String projection : PROJECTIONS) {
                assertThat(count("SELECT sequence FROM projection_position WHERE projection = ? AND ledger_id = ?", projection,
                        ledgerId)).as("%s position of %s", projection, unit).isEqualTo(last);
            }
        }
        assertThat(count("SELECT count(*) FROM ledger_directory")).isEqualTo(LEDGERS);
    }

    /** One expenditure of 100.00, repeated with the same request id until acknowledged; answers its sequence. */
    private static long spend(Http node, String unit, int i, AtomicInteger concurrentRetries) {
        String json = Http.JSON.writeValueAsString(Map.of("requestId", unit + "-e" + i, "line", LedgerScenario.basicLine("2040201"),
                "economicCode", "30201", "amount", Amount.of(AMOUNT_FEN), "voucherNo", unit + "-V" + i,
                "effectiveDate", "2023-02-01", "payee", "测试供应商"));
        for (int attempt = 1; ; attempt++) {
            Http.Answer answer = node.postJson("/api/v1/ledgers/" + unit + "/" + YEAR + "/expenditures", json);
            if (answer.status() == 200 || answer.status() == 201) {
                return answer.json().get("sequence").asLong();
            }
            boolean lostRace = answer.status() == 409 && answer.text().contains("CONCURRENT_MODIFICATION");
            if (!lostRace || attempt == 50) {
                throw new AssertionError("expenditure " + unit + " #" + i + " answered " + answer.status() + " " + answer.text());
            }
            concurrentRetries.incrementAndGet();
            LaunchedJars.pause(ThreadLocalRandom.current().nextLong(5, 30));
        }
    }

    /** The entry just written is read back through a query node (node 2 once node 1 is dead). */
    private static void readYourWrite(String unit, long sequence, int node, long[] killedAt, AtomicInteger[] readsThrough) {
        int through = KILLED.get() ? 1 : node;
        String path = "/api/v1/ledgers/" + unit + "/" + YEAR + "/lines?minSequence=" + sequence;
        Http.Answer answer;
        try {
            answer = queries[through].get(path);
        } catch (UncheckedIOException deadNode) {
            if (through == 0 && KILLED.get()) {
                through = 1;
                answer = queries[1].get(path);
            } else {
                throw deadNode;
            }
        }
        if (through == 0 && answer.status() != 200 && KILLED.get()) {
            through = 1;
            answer = queries[1].get(path);
        }
        assertThat(answer.status()).as("GET %s through query node %d: %s", path, through + 1, answer.text()).isEqualTo(200);
        assertThat(answer.json().get("sequence").asLong()).as("sequence read through query node %d", through + 1)
                .isGreaterThanOrEqualTo(sequence);
        readsThrough[through].incrementAndGet();
    }

    /** Unit codes whose ledgers fall one into each of the four segments. */
    private static List<String> unitsCoveringEverySegment() {
        Map<Integer, String> bySegment = new TreeMap<>();
        for (int n = 1; bySegment.size() < SEGMENTS; n++) {
            String unit = "SCALE" + n;
            bySegment.putIfAbsent((unit + "/" + YEAR).hashCode() & (SEGMENTS - 1), unit);
        }
        return new ArrayList<>(bySegment.values());
    }

    /** Axon's owner of a claim: the process's runtime name, {@code pid@host}. */
    private static String owner(Process process) throws SQLException {
        String prefix = process.pid() + "@";
        try (Connection connection = database();
                PreparedStatement query = connection.prepareStatement("SELECT node_id FROM query_node WHERE node_id LIKE ?")) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : prefix + "(not beating)";
            }
        }
    }

    /** Per processor, how many segments each owner holds. */
    private static Map<String, Map<String, Integer>> segmentsHeld() {
        Map<String, Map<String, Integer>> held = new TreeMap<>();
        try (Connection connection = database();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT processor_name, coalesce(owner, '(none)'), count(*) FROM token_entry GROUP BY 1, 2")) {
            while (rows.next()) {
                held.computeIfAbsent(rows.getString(1), p -> new TreeMap<>()).put(rows.getString(2), rows.getInt(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return held;
    }

    private static Map<Integer, String> segmentsOf(String owner, String processor) throws SQLException {
        Map<Integer, String> segments = new LinkedHashMap<>();
        try (Connection connection = database();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT segment, owner FROM token_entry WHERE processor_name = ? AND owner = ? ORDER BY segment")) {
            query.setString(1, processor);
            query.setString(2, owner);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    segments.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return segments;
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a row of %s", sql).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
    }

    private static void awaitUntil(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what + "; segments held: " + segmentsHeld());
            }
            LaunchedJars.pause(100);
        }
    }

    private static Process start(Path jar, int port, String url, String log, Map<String, String> more) throws IOException {
        // Four JVMs start on two cores: the client compiler only and the serial collector start them sooner.
        Process process = LaunchedJars.launch(jar, port, url, target.resolve(log), more,
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k"));
        processes.add(process);
        return process;
    }

    /** Amounts as the API writes them. */
    private static final class Amount {
        static String of(long fen) {
            return String.format("%d.%02d", fen / 100, fen % 100);
        }

        /** In 万元 (10,000 yuan = 1,000,000 fen), as the published tables; exact here (multiples of 100 yuan). */
        static String wan(long fen) {
            return String.format("%d.%02d", fen / 1_000_000, (fen % 1_000_000) / 10_000);
        }
    }
}
