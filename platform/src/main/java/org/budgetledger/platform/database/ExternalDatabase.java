package org.budgetledger.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The check that {@code command-side.jar} and {@code query-side.jar} make in their {@code main},
 * before Spring starts: they carry no embedded PostgreSQL, so without a database they stop at
 * once with one line on stderr that says what to set, and exit status 2.
 *
 * <p>The URL counts as given by the {@code SPRING_DATASOURCE_URL} variable, the
 * {@code spring.datasource.url} system property or a {@code --spring.datasource.url=} argument.
 * When the configuration may come from elsewhere (an {@code application.properties} or
 * {@code .yml} in the working directory or its {@code config/}, {@code SPRING_CONFIG_*},
 * {@code SPRING_APPLICATION_JSON}), the decision is left to Spring: {@link LedgerEnvironment}
 * fails there with the same message when the URL is still missing.
 */
public final class ExternalDatabase {

    /** Exit status of a process refused for want of a database (a usage error, as with a wrong argument). */
    public static final int EXIT_NO_DATABASE = 2;

    private static final String URL_PROPERTY = "spring.datasource.url";
    private static final String URL_VARIABLE = "SPRING_DATASOURCE_URL";
    private static final List<String> CONFIGURATION_SOURCES = List.of(
            "spring.config.location", "spring.config.additional-location", "spring.config.import", "spring.application.json");
    private static final List<String> CONFIGURATION_FILES = List.of(
            "application.properties", "application.yml", "application.yaml");

    private ExternalDatabase() {
    }

    /** The one line that says what a process without a database needs. */
    public static String message(String process) {
        return process + " needs a PostgreSQL database: set " + URL_VARIABLE
                + " (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD), e.g. jdbc:postgresql://127.0.0.1:5432/ledger";
    }

    /** Exits with status 2 and {@link #message} on stderr unless a database is (or may be) configured. */
    public static void require(String process, String[] args) {
        if (!mayBeConfigured(args, System.getenv(), System.getProperties(), Path.of(""))) {
            System.err.println(message(process));
            System.exit(EXIT_NO_DATABASE);
        }
    }

    /** Whether a datasource URL is given, or configuration that Spring reads could give one. */
    static boolean mayBeConfigured(String[] args, Map<String, String> environment, Map<Object, Object> systemProperties,
            Path workingDirectory) {
        if (given(args, environment, systemProperties, URL_PROPERTY)) {
            return true;
        }
        for (String source : CONFIGURATION_SOURCES) {
            if (given(args, environment, systemProperties, source)) {
                return true;
            }
        }
        for (String file : CONFIGURATION_FILES) {
            if (Files.isRegularFile(workingDirectory.resolve(file)) || Files.isRegularFile(workingDirectory.resolve("config").resolve(file))) {
                return true;
            }
        }
        return false;
    }

    private static boolean given(String[] args, Map<String, String> environment, Map<Object, Object> systemProperties,
            String property) {
        String variable = property.toUpperCase().replace('.', '_').replace("-", "");
        return notBlank(environment.get(variable))
                || notBlank(systemProperties.get(property))
                || List.of(args).stream().anyMatch(arg -> arg.startsWith("--" + property + "=")
                        && notBlank(arg.substring(property.length() + 3)));
    }

    private static boolean notBlank(Object value) {
        return value != null && !value.toString().isBlank();
    }
}
