package org.budgetledger.embedded;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured (the
 * {@code SPRING_DATASOURCE_URL} variable) and points the datasource at it.
 *
 * <p>Runs after Spring Boot has read the configuration files and before platform's
 * {@code LedgerEnvironment}, which refuses to start without a datasource URL. Only processes
 * with this module on their classpath get the embedded server: the standalone process, and the
 * tests of the other modules.
 *
 * <p>The server is started once per JVM: test contexts and a restarted context all use the same
 * server, as a restarted process uses the same data directory.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    /** Before platform's {@code LedgerEnvironment} (lowest precedence), after the config data (highest + 10). */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    private static EmbeddedDatabase server;

    /** Deferred: what it logs is written once Spring has set up logging, which happens after the post-processors. */
    private final Log log;

    public EmbeddedDatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabase.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            log.debug("spring.datasource.url is set: no embedded PostgreSQL");
            return;
        }
        EmbeddedDatabase database = shared(EmbeddedDatabaseSettings.from(environment), log);
        Map<String, Object> datasource = new HashMap<>();
        datasource.put("spring.datasource.url", database.jdbcUrl());
        datasource.put("spring.datasource.username", EmbeddedDatabase.USERNAME);
        datasource.put("spring.datasource.password", EmbeddedDatabase.PASSWORD);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", datasource));
    }

    private static synchronized EmbeddedDatabase shared(EmbeddedDatabaseSettings settings, Log log) {
        if (server == null) {
            server = EmbeddedDatabase.start(settings, log);
        } else if (!server.directory().equals(settings.postgresDirectory())) {
            throw new IllegalStateException("This JVM runs its embedded PostgreSQL on " + server.directory()
                    + "; a second one on " + settings.postgresDirectory() + " is not supported");
        }
        return server;
    }
}
