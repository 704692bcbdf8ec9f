package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A database outage under load: the standalone jar on a PostgreSQL cluster of the test's own,
 * which is stopped (fast shutdown) for 30 s while 8 clients write 4 ledgers, then started again.
 * During the outage every command is answered within a few seconds with {@code 503}
 * problem+json {@code DATABASE_UNAVAILABLE} (never a 500, never a hang), health turns DOWN; when
 * the database is back the process recovers by itself (commands acknowledged again, projections
 * resume) and, once the clients have repeated their unacknowledged commands, every ledger holds
 * each command once: no acknowledged command lost, no event counted twice.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** The longest an answer may take while the database is down: the pool's 2.5 s wait, plus a loaded machine. */
    private static final Duration PROMPT = Duration.ofSeconds(6);

    record Probe(long atNanos, long elapsedNanos, int status) {
    }

    @Test
    void commandsAnswer503PromptlyDuringAnOutageAndNothingIsLostOrCountedTwiceAfterIt() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path log = target.resolve("outage-standalone.log");
        try (PrivateCluster cluster = PrivateCluster.start()) {
            int port = LaunchedJars.freePort();
            Process process = LaunchedJars.launch(Path.of("target/budget-ledger.jar"), port, cluster.jdbcUrl(), log, Map.of());
            try {
                Http http = new Http(port);
                LaunchedJars.awaitHealthy("standalone", http, process, log);
                CommandLoad load = new CommandLoad(http, List.of("OUT1", "OUT2", "OUT3", "OUT4"), 2);
                load.openLedgers();

                Queue<Probe> probes = new ConcurrentLinkedQueue<>();
                AtomicBoolean probing = new AtomicBoolean(true);
                Http anonymous = http.anonymous();
                Thread prober = new Thread(() -> {
                    while (probing.get()) {
                        long started = System.nanoTime();
                        int status;
                        try {
                            status = anonymous.get("/actuator/health").status();
                        } catch (UncheckedIOException e) {
                            status = -1;
                        }
                        probes.add(new Probe(started, System.nanoTime() - started, status));
                        LaunchedJars.pause(250);
                    }
                }, "health-probe");
                prober.start();

                load.start();
                LaunchedJars.pause(10_000);
                int acknowledgedBefore = load.acknowledgedCount();
                long stopped = System.nanoTime();
                cluster.stopServer();
                LaunchedJars.pause(OUTAGE.toMillis());
                long restarting = System.nanoTime();
                cluster.startServer();
                long restarted = System.nanoTime();
                long deadline = restarted + Duration.ofSeconds(60).toNanos();
                while (load.attempts.stream().noneMatch(a -> a.startedNanos() > restarted && a.status() == 200)
                        && System.nanoTime() < deadline) {
                    LaunchedJars.pause(100);
                }
                LaunchedJars.pause(10_000);
                load.stop();
                probing.set(false);
                prober.join(30_000);
                load.acknowledgeEverySent(Duration.ofMinutes(2));

                // During the outage: 200 (a command that committed just before the stop) or 503 DATABASE_UNAVAILABLE, promptly.
                List<CommandLoad.Attempt> during = load.attempts.stream()
                        .filter(a -> a.startedNanos() >= stopped && a.startedNanos() < restarting).toList();
                assertThat(during).as("attempts during the outage").isNotEmpty();
                assertThat(during).filteredOn(a -> a.status() != 200)
                        .allSatisfy(a -> assertThat(a.status() + " " + a.code()).isEqualTo("503 DATABASE_UNAVAILABLE"));
                assertThat(during).filteredOn(a -> a.status() == 503).as("503 answers during the outage").isNotEmpty();
                double slowestDuring = during.stream().mapToDouble(CommandLoad.Attempt::seconds).max().orElse(0);
                assertThat(slowestDuring).as("slowest answer during the outage (s)").isLessThan(PROMPT.toSeconds());
                assertThat(load.attempts).as("every attempt answered 200 or 503")
                        .allSatisfy(a -> assertThat(a.status()).isIn(200, 503));

                // Health: DOWN (503) promptly after the stop, every probe answered promptly, UP again after the restart.
                Probe firstDown = probes.stream().filter(p -> p.atNanos() >= stopped && p.status() == 503).findFirst().orElseThrow();
                double downAfter = (firstDown.atNanos() + firstDown.elapsedNanos() - stopped) / 1e9;
                assertThat(downAfter).as("health DOWN after the stop (s)").isLessThan(PROMPT.toSeconds());
                double slowestProbe = probes.stream().mapToLong(Probe::elapsedNanos).max().orElse(0) / 1e9;
                assertThat(slowestProbe).as("slowest health answer (s)").isLessThan(PROMPT.toSeconds());
                Probe up = probes.stream().filter(p -> p.atNanos() > restarted && p.status() == 200).findFirst().orElseThrow();
                CommandLoad.Attempt firstAcknowledged = load.attempts.stream()
                        .filter(a -> a.startedNanos() > restarted && a.status() == 200).findFirst().orElseThrow();
                double commandsBackAfter = (firstAcknowledged.startedNanos() + firstAcknowledged.elapsedNanos() - restarted) / 1e9;
                assertThat(commandsBackAfter).as("first command acknowledged after the database is back (s)").isLessThan(30);

                load.assertEveryAcknowledgedCommandRecordedOnce(http);
                try (Connection db = DriverManager.getConnection(cluster.jdbcUrl(), "postgres", "")) {
                    for (String unit : List.of("OUT1", "OUT2", "OUT3", "OUT4")) {
                        String ledgerId = unit + "/" + CommandLoad.YEAR;
                        long entries = 2 + load.sent.get(unit).size();
                        assertThat(count(db, "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", ledgerId))
                                .as("events of %s", unit).isEqualTo(entries);
                        assertThat(count(db, "SELECT count(*) FROM (SELECT sequence, movement FROM ledger_entry WHERE ledger_id = ? "
                                + "GROUP BY sequence, movement HAVING count(*) > 1) repeated", ledgerId)).as("rows counted twice").isZero();
                        assertThat(count(db, "SELECT coalesce(sum(amount_fen), 0) FROM line_total WHERE ledger_id = ? AND movement = 'SPEND'",
                                ledgerId)).as("spent of %s in line_total", unit).isEqualTo(100L * load.sent.get(unit).size());
                        for (String projection : List.of("ledger-directory", "ledger-entries")) {
                            assertThat(count(db, "SELECT sequence FROM projection_position WHERE projection = ? AND ledger_id = ?",
                                    projection, ledgerId)).as("%s position of %s", projection, unit).isEqualTo(entries);
                        }
                    }
                }
                System.out.printf("DatabaseOutageIT: %d commands acknowledged before the stop; outage %d s; %d attempts during it, "
                                + "slowest answer %.2f s; health DOWN %.2f s after the stop, slowest health answer %.2f s, UP %.2f s after "
                                + "the restart; first command acknowledged %.2f s after the restart (database start took %.1f s); "
                                + "outcomes of all attempts %s; %d commands in the end, each once%n",
                        acknowledgedBefore, OUTAGE.toSeconds(), during.size(), slowestDuring, downAfter, slowestProbe,
                        (up.atNanos() + up.elapsedNanos() - restarted) / 1e9, commandsBackAfter, (restarted - restarting) / 1e9,
                        load.outcomes(), load.acknowledgedCount());
            } finally {
                LaunchedJars.stop(process);
            }
        }
    }

    private static long count(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getLong(1);
            }
        }
    }
}
