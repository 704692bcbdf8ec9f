package org.budgetledger.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** When a separate side may start: with a database, or with configuration that may name one. */
class ExternalDatabaseTest {

    @TempDir
    Path workingDirectory;

    private static final String[] NO_ARGS = {};

    @Test
    void nothingConfiguredIsRefused() {
        assertThat(ExternalDatabase.mayBeConfigured(NO_ARGS, Map.of("SERVER_PORT", "8081"), Map.of(), workingDirectory)).isFalse();
        assertThat(ExternalDatabase.mayBeConfigured(NO_ARGS, Map.of("SPRING_DATASOURCE_URL", " "), Map.of(), workingDirectory))
                .as("a blank URL").isFalse();
        assertThat(ExternalDatabase.mayBeConfigured(new String[] {"--spring.datasource.url="}, Map.of(), Map.of(), workingDirectory))
                .as("an empty argument").isFalse();
    }

    @Test
    void theUrlByVariablePropertyOrArgument() {
        String url = "jdbc:postgresql://127.0.0.1:5432/ledger";
        assertThat(ExternalDatabase.mayBeConfigured(NO_ARGS, Map.of("SPRING_DATASOURCE_URL", url), Map.of(), workingDirectory)).isTrue();
        assertThat(ExternalDatabase.mayBeConfigured(NO_ARGS, Map.of(), Map.of("spring.datasource.url", url), workingDirectory)).isTrue();
        assertThat(ExternalDatabase.mayBeConfigured(new String[] {"--spring.datasource.url=" + url}, Map.of(), Map.of(), workingDirectory))
                .isTrue();
    }

    @Test
    void configurationSpringReadsIsLeftToSpring() throws IOException {
        assertThat(ExternalDatabase.mayBeConfigured(NO_ARGS, Map.of("SPRING_APPLICATION_JSON", "{}"), Map.of(), workingDirectory)).isTrue();
        assertThat(ExternalDatabase.mayBeConfigured(NO_ARGS, Map.of("SPRING_CONFIG_ADDITIONALLOCATION", "/etc/ledger/"), Map.of(),
                workingDirectory)).isTrue();
        assertThat(ExternalDatabase.mayBeConfigured(new String[] {"--spring.config.location=/etc/ledger/"}, Map.of(), Map.of(),
                workingDirectory)).isTrue();
        Files.createDirectories(workingDirectory.resolve("config"));
        Files.writeString(workingDirectory.resolve("config/application.yml"), "spring.datasource.url: jdbc:postgresql://db/ledger\n");
        assertThat(ExternalDatabase.mayBeConfigured(NO_ARGS, Map.of(), Map.of(), workingDirectory)).isTrue();
    }

    @Test
    void theMessageSaysWhatToSet() {
        assertThat(ExternalDatabase.message("command-side")).isEqualTo("command-side needs a PostgreSQL database: set SPRING_DATASOURCE_URL"
                + " (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD), e.g. jdbc:postgresql://127.0.0.1:5432/ledger");
    }

    @Test
    void aProcessStillWithoutAUrlAfterThePostProcessorsIsStoppedWithTheSameMessage() {
        assertThatThrownBy(() -> new LedgerEnvironment().postProcessEnvironment(new MockEnvironment(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a PostgreSQL database: set SPRING_DATASOURCE_URL");
        MockEnvironment configured = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/ledger");
        new LedgerEnvironment().postProcessEnvironment(configured, null);
        assertThat(configured.getProperty("spring.jpa.hibernate.ddl-auto")).as("the defaults").isEqualTo("validate");
    }
}
