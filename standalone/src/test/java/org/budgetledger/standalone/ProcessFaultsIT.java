package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The standalone jar, with its embedded PostgreSQL (durable, as by default), stopped under load in
 * three ways, one after the other on the same data directory: SIGTERM (graceful shutdown), SIGKILL
 * of the JVM alone (its PostgreSQL is left running), and SIGKILL of the JVM and of its PostgreSQL
 * with every backend together (as when a container is killed). Each time the next start succeeds
 * the first time and every acknowledged command is in the ledger, once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessFaultsIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path DATA = TARGET.resolve("faults-it-data");
    private static int port;
    private static Process process;
    private static int starts;
    private static Path log;
    private static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void startOnAnEmptyDataDirectory() throws Exception {
        deleteRecursively(DATA);
        port = LaunchedJars.freePort();
        start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        LaunchedJars.stop(process);
        System.out.println("ProcessFaultsIT: " + String.join("; ", figures));
    }

    @Test
    @Order(1)
    void sigtermUnderLoadFinishesTheRequestsInFlightAndLosesNothing() throws Exception {
        Http http = new Http(port);
        CommandLoad load = new CommandLoad(http, List.of("TERM1", "TERM2", "TERM3", "TERM4"), 2);
        load.openLedgers();
        load.start();
        LaunchedJars.pause(8_000);
        long term = System.nanoTime();
        process.destroy();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("stopped within 90 s of SIGTERM").isTrue();
        double stopSeconds = (System.nanoTime() - term) / 1e9;
        int exit = process.exitValue();
        LaunchedJars.pause(1_000);
        load.stop();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String afterTerm = output.substring(Math.max(0, output.indexOf("Commencing graceful shutdown")));
        assertThat(output).contains("Commencing graceful shutdown");
        assertThat(afterTerm.lines().filter(line -> line.contains(" ERROR ")).toList()).as("errors logged while stopping").isEmpty();
        assertThat(exit).as("exit status after SIGTERM").isIn(0, 143);

        // A request in flight when SIGTERM came was answered; none was answered with an error.
        List<CommandLoad.Attempt> inFlight = load.attempts.stream()
                .filter(a -> a.startedNanos() < term && a.startedNanos() + a.elapsedNanos() > term).toList();
        assertThat(inFlight).allSatisfy(a -> assertThat(a.status()).as("%s in flight at SIGTERM", a.requestId()).isEqualTo(200));
        assertThat(load.attempts).allSatisfy(a -> assertThat(a.status()).as("%s: %s", a.requestId(), a.code()).isIn(200, 503, -1));

        double startSeconds = start();
        load.acknowledgeEverySent(Duration.ofMinutes(2));
        load.assertEveryAcknowledgedCommandRecordedOnce(http);
        figures.add(String.format("SIGTERM after %d acknowledged commands (%d in flight, all answered 200), stopped in %.1f s "
                + "with status %d, restarted in %.1f s, outcomes %s", load.acknowledgedCount(), inFlight.size(), stopSeconds, exit,
                startSeconds, load.outcomes()));
    }

    @Test
    @Order(2)
    void sigkillOfTheJvmUnderLoadLosesNothingAndTheNextStartSucceeds() throws Exception {
        Http http = new Http(port);
        CommandLoad load = new CommandLoad(http, List.of("KILL1", "KILL2", "KILL3", "KILL4"), 2);
        load.openLedgers();
        load.start();
        LaunchedJars.pause(8_000);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        load.stop();
        long postgres = postgresPid();
        assertThat(ProcessHandle.of(postgres).map(ProcessHandle::isAlive)).as("the embedded PostgreSQL left running").hasValue(true);

        double startSeconds = start();
        load.acknowledgeEverySent(Duration.ofMinutes(2));
        load.assertEveryAcknowledgedCommandRecordedOnce(http);
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("still running on");
        figures.add(String.format("SIGKILL of the JVM after %d acknowledged commands, restarted (stopping the PostgreSQL it left "
                + "running) in %.1f s, outcomes %s", load.acknowledgedCount(), startSeconds, load.outcomes()));
    }

    @Test
    @Order(3)
    void sigkillOfTheJvmAndItsPostgresTogetherLosesNothing() throws Exception {
        Http http = new Http(port);
        CommandLoad load = new CommandLoad(http, List.of("CRASH1", "CRASH2", "CRASH3", "CRASH4"), 2);
        load.openLedgers();
        load.start();
        LaunchedJars.pause(8_000);
        ProcessHandle postgres = ProcessHandle.of(postgresPid()).orElseThrow();
        List<ProcessHandle> backends = postgres.descendants().toList();
        process.destroyForcibly();
        postgres.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        postgres.onExit().get(30, TimeUnit.SECONDS);
        load.stop();
        assertThat(DATA.resolve("postgres/postmaster.pid")).as("the stale pid file").exists();

        double startSeconds = start();
        load.acknowledgeEverySent(Duration.ofMinutes(2));
        load.assertEveryAcknowledgedCommandRecordedOnce(http);
        figures.add(String.format("SIGKILL of the JVM and its PostgreSQL (%d backends) after %d acknowledged commands, restarted "
                + "(crash recovery) in %.1f s, none lost, outcomes %s", backends.size(), load.acknowledgedCount(), startSeconds,
                load.outcomes()));
    }

    /** Starts the standalone jar on the data directory and waits until it is UP; answers the seconds it took. */
    private static double start() throws IOException {
        starts++;
        log = TARGET.resolve("faults-it-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                TARGET.resolve("budget-ledger.jar").toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("LEDGER_"));
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("LEDGER_DATA_DIR", DATA.toString());
        environment.put("LEDGER_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD);
        environment.put("LEDGER_INTERNAL_SECRET", LaunchedJars.INTERNAL_SECRET);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        process = builder.start();
        LaunchedJars.awaitHealthy("standalone (start " + starts + ")", new Http(port), process, log);
        return (System.nanoTime() - started) / 1e9;
    }

    private static long postgresPid() throws IOException {
        return Long.parseLong(Files.readAllLines(DATA.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
