package org.budgetledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The post-processor and the settings it binds. */
class EmbeddedDatabaseEnvironmentTest {

    private static final DeferredLogFactory LOGS = destination -> destination.get();

    @Test
    void theServerStartedTheDefaultWayIsDurable() throws SQLException {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("ledger.data-dir", Path.of("target", "durable-test").toString())
                .withProperty("ledger.embedded.clean-on-start", "true");
        new EmbeddedDatabaseEnvironment(LOGS).postProcessEnvironment(environment, null);

        String url = environment.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:postgresql://localhost:");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("postgres");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
                    row.next();
                    assertThat(row.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void theFastSettingsOfZonkyOnlyWhenAsked(@TempDir Path dataDir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseSettings(dataDir.toString(),
                new EmbeddedDatabaseSettings.Embedded(false, false, Duration.ofSeconds(60))))) {
            assertThat(LeftoverServerTest.query(database, "SHOW fsync")).containsExactly("off");
            assertThat(LeftoverServerTest.query(database, "SHOW synchronous_commit")).containsExactly("off");
        }
    }

    @Test
    void aConfiguredDatasourceUrlStartsNoServer() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/ledger")
                .withProperty("ledger.embedded.durable", "not a boolean");
        new EmbeddedDatabaseEnvironment(LOGS).postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/ledger");
        assertThat(environment.getPropertySources().contains("embeddedPostgres")).isFalse();
    }

    @Test
    void defaults() {
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(new MockEnvironment());

        assertThat(settings.dataDir()).isEqualTo("./data");
        assertThat(settings.postgresDirectory()).isEqualTo(Path.of("data", "postgres").toAbsolutePath());
        assertThat(settings.embedded().cleanOnStart()).isFalse();
        assertThat(settings.embedded().durable()).isTrue();
        assertThat(settings.embedded().stopTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.embedded().startTimeout()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void environmentVariables() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "LEDGER_DATA_DIR", "/var/lib/ledger",
                "LEDGER_EMBEDDED_CLEAN_ON_START", "true",
                "LEDGER_EMBEDDED_DURABLE", "false",
                "LEDGER_EMBEDDED_STOP_TIMEOUT", "2m",
                "LEDGER_EMBEDDED_START_TIMEOUT", "30m")));

        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(environment);

        assertThat(settings.postgresDirectory()).isEqualTo(Path.of("/var/lib/ledger/postgres"));
        assertThat(settings.embedded().cleanOnStart()).isTrue();
        assertThat(settings.embedded().durable()).isFalse();
        assertThat(settings.embedded().stopTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.embedded().startTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void invalidSettingsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.from(new MockEnvironment().withProperty("ledger.embedded.durable", "sometimes")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger.embedded.durable=sometimes");
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.from(new MockEnvironment().withProperty("ledger.data-dir", " ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger.data-dir (LEDGER_DATA_DIR) is empty");
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.from(new MockEnvironment().withProperty("ledger.embedded.stop-timeout", "0s")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger.embedded.stop-timeout must be a positive duration");
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.from(new MockEnvironment().withProperty("ledger.embedded.start-timeout", "0s")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger.embedded.start-timeout must be a positive duration");
        assertThatThrownBy(() -> EmbeddedDatabaseSettings.from(new MockEnvironment().withProperty("ledger.data-dir", "pom.xml")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is a file, not a directory");
    }

    @Test
    void otherLedgerPropertiesDoNotDisturbTheBinding() {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("other", Map.of(
                "ledger.default-user", "finance-office", "ledger.snapshot-every", "20")));

        assertThat(EmbeddedDatabaseSettings.from(environment).embedded().durable()).isTrue();
    }
}
