package org.budgetledger.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of its own for one test, from the machine's {@code initdb} and
 * {@code pg_ctl} (Debian's packages), run as an unprivileged user ({@code nobody}) because
 * PostgreSQL refuses to run as root. It can be stopped and started again under a running ledger
 * process, which is what a database outage is.
 */
final class PrivateCluster implements AutoCloseable {

    private static final String USER = "nobody";

    private final Path base;
    private final Path data;
    private final Path log;
    private final int port;

    private PrivateCluster(Path base, int port) {
        this.base = base;
        this.data = base.resolve("data");
        this.log = base.resolve("postgres.log");
        this.port = port;
    }

    /** Creates and starts a cluster on a free port, with trust authentication for {@code postgres} on loopback. */
    static PrivateCluster start() throws IOException, InterruptedException {
        Path base = Files.createTempDirectory("ledger-private-pg-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwx------"));
        run(List.of("chown", USER, base.toString()), 30);
        PrivateCluster cluster = new PrivateCluster(base, LaunchedJars.freePort());
        cluster.asUser(List.of(binary("initdb"), "-D", cluster.data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--no-locale"), 120);
        cluster.startServer();
        return cluster;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    Path log() {
        return log;
    }

    /**
     * Starts the server and waits until it accepts connections. fsync is off: the tests stop this
     * server cleanly (fast shutdown writes a checkpoint), they never crash it.
     */
    void startServer() throws IOException, InterruptedException {
        asUser(List.of(binary("pg_ctl"), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "120", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + base + " -c fsync=off -c max_connections=60", "start"), 180);
    }

    /** Fast shutdown: open connections are cut, as when an operator or a failover stops the server. */
    void stopServer() throws IOException, InterruptedException {
        asUser(List.of(binary("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"), 90);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            stopServer();
        }
        run(List.of("rm", "-rf", base.toString()), 60);
    }

    private void asUser(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", USER, "--"));
        full.addAll(command);
        run(full, timeoutSeconds);
    }

    private static String binary(String name) {
        for (String candidate : List.of("/usr/local/bin/" + name, "/usr/lib/postgresql/17/bin/" + name,
                "/usr/lib/postgresql/16/bin/" + name, "/usr/lib/postgresql/15/bin/" + name)) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException(name + " not found: install Debian's postgresql package");
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(output));
        }
    }
}
