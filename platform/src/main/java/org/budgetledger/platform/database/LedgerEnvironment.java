package org.budgetledger.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;

/**
 * Gives every process of the ledger its defaults, and refuses to start without a database.
 *
 * <p>Axon's update checker, which calls AxonIQ's servers, is off unless the operator turns it on
 * ({@code -Daxoniq.update-checker.disabled=false}): a ledger of public money does not report
 * to third parties by default, and the machines it runs on often have no internet.
 *
 * <p>The database is {@code spring.datasource.url} (the {@code SPRING_DATASOURCE_URL} variable).
 * The standalone process (and the tests) have the {@code embedded-database} module, whose
 * post-processor runs before this one and starts an embedded PostgreSQL when the URL is unset;
 * this one runs last, and a process still without a URL stops here with a message that says
 * what to set (see {@link ExternalDatabase}).
 */
public class LedgerEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String DEFAULTS = "ledger-platform.properties";
    private static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        Properties defaults = loadDefaults();
        // LOG_FORMAT=json: one JSON object a line on the console (Elastic Common Schema), with the MDC's requestId.
        String logFormat = environment.getProperty("LOG_FORMAT", environment.getProperty("log.format", ""));
        if (logFormat.equalsIgnoreCase("json")) {
            defaults.setProperty("logging.structured.format.console", "ecs");
            // The banner is not a log line: it would be the one line of the console that is not JSON.
            defaults.setProperty("spring.main.banner-mode", "off");
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource("ledgerPlatformDefaults", defaults));
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(ExternalDatabase.message("this process"));
        }
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
