package org.budgetledger.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;

/**
 * Gives every process of the ledger its defaults and, when no database is configured, an
 * embedded PostgreSQL.
 *
 * <p>Axon's update checker, which calls AxonIQ's servers, is off unless the operator turns it on
 * ({@code -Daxoniq.update-checker.disabled=false}): a ledger of public money does not report
 * to third parties by default, and the machines it runs on often have no internet.
 *
 * <p>Without {@code spring.datasource.url} (the {@code SPRING_DATASOURCE_URL} variable) the
 * process starts PostgreSQL from the binaries shipped on the classpath, with its data in
 * {@code LEDGER_DATA_DIR/postgres} (default {@code ./data}), which survives restarts. It is
 * started once per JVM: test contexts and a restarted context all use the same server, as a
 * restarted process uses the same data directory.
 */
public class LedgerEnvironment implements EnvironmentPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(LedgerEnvironment.class);
    private static final String DEFAULTS = "ledger-platform.properties";
    private static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    private static EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource("ledgerPlatformDefaults", loadDefaults()));
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("ledger.data-dir", "./data")).toAbsolutePath().normalize();
        boolean clean = environment.getProperty("ledger.embedded.clean-on-start", Boolean.class, false);
        EmbeddedPostgres postgres = start(dataDir.resolve("postgres"), clean);
        Map<String, Object> datasource = new HashMap<>();
        datasource.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        datasource.put("spring.datasource.username", "postgres");
        datasource.put("spring.datasource.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", datasource));
    }

    private static synchronized EmbeddedPostgres start(Path directory, boolean clean) {
        if (server == null) {
            try {
                Files.createDirectories(directory.getParent());
                log.info("Starting embedded PostgreSQL with its data in {}", directory);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(clean)
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
            }
        }
        return server;
    }

    private static Properties loadDefaults() {
        Properties properties = new Properties();
        try (InputStream in = LedgerEnvironment.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
