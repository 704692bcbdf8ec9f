package org.budgetledger.embedded;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The configuration of the embedded PostgreSQL, bound from the environment with Spring Boot's
 * {@link Binder} (an environment post-processor runs before any bean exists).
 *
 * @param dataDir  {@code ledger.data-dir} ({@code LEDGER_DATA_DIR}), default {@code ./data}: the
 *                 server's files are in its {@code postgres} subdirectory
 * @param embedded the {@code ledger.embedded.*} settings
 */
@ConfigurationProperties("ledger")
public record EmbeddedDatabaseSettings(@DefaultValue("./data") String dataDir, @DefaultValue Embedded embedded) {

    /**
     * @param cleanOnStart {@code ledger.embedded.clean-on-start}, default {@code false}: delete
     *                     the database when the process starts it (tests)
     * @param durable      {@code ledger.embedded.durable}, default {@code true}: fsync,
     *                     synchronous_commit and full_page_writes on, so that an acknowledged
     *                     command survives a crash of the machine; {@code false} only for tests
     * @param stopTimeout  {@code ledger.embedded.stop-timeout}, default {@code 60s}: how long a
     *                     server left behind by a killed process may take to shut down
     * @param startTimeout {@code ledger.embedded.start-timeout}, default {@code 10m}: how long the
     *                     start waits for the server to accept connections (it polls, so a normal
     *                     start takes seconds; crash recovery of a large database after a kill may
     *                     take minutes and must not fail the start)
     */
    public record Embedded(@DefaultValue("false") boolean cleanOnStart, @DefaultValue("true") boolean durable,
            @DefaultValue("60s") Duration stopTimeout, @DefaultValue("10m") Duration startTimeout) {

        @ConstructorBinding
        public Embedded {
        }

        /** With the default start timeout. */
        public Embedded(boolean cleanOnStart, boolean durable, Duration stopTimeout) {
            this(cleanOnStart, durable, stopTimeout, Duration.ofMinutes(10));
        }
    }

    /** The settings as the environment states them, validated. */
    public static EmbeddedDatabaseSettings from(Environment environment) {
        EmbeddedDatabaseSettings settings;
        try {
            settings = Binder.get(environment).bindOrCreate("ledger", EmbeddedDatabaseSettings.class);
        } catch (BindException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Invalid configuration of the embedded PostgreSQL: "
                    + e.getProperty().getName() + "=" + e.getProperty().getValue() + " (" + e.getProperty().getOrigin()
                    + "): " + cause.getMessage(), e);
        }
        return settings.validated();
    }

    /** Where the PostgreSQL server keeps its files: {@code <data dir>/postgres}. */
    public Path postgresDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
    }

    EmbeddedDatabaseSettings validated() {
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalStateException("Invalid configuration of the embedded PostgreSQL: ledger.data-dir (LEDGER_DATA_DIR) is empty;"
                    + " leave it unset for ./data or name a directory");
        }
        Path directory;
        try {
            directory = Path.of(dataDir).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalStateException("Invalid configuration of the embedded PostgreSQL: ledger.data-dir (LEDGER_DATA_DIR) '"
                    + dataDir + "' is not a path: " + e.getMessage(), e);
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalStateException("Invalid configuration of the embedded PostgreSQL: ledger.data-dir (LEDGER_DATA_DIR) "
                    + directory + " is a file, not a directory");
        }
        if (embedded.stopTimeout() == null || embedded.stopTimeout().isNegative() || embedded.stopTimeout().isZero()) {
            throw new IllegalStateException("Invalid configuration of the embedded PostgreSQL: ledger.embedded.stop-timeout must be"
                    + " a positive duration such as 60s, not " + embedded.stopTimeout());
        }
        if (embedded.startTimeout() == null || embedded.startTimeout().isNegative() || embedded.startTimeout().isZero()) {
            throw new IllegalStateException("Invalid configuration of the embedded PostgreSQL: ledger.embedded.start-timeout must be"
                    + " a positive duration such as 10m, not " + embedded.startTimeout());
        }
        return this;
    }
}
