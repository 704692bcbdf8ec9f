package org.budgetledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The command side's schema is Axon's storage (V1) and the users' tables every process shares
 * (V3), and its request and voucher logs (V6, V8): the read models' migration (V2) is the query side's. Where both sides share a database, the command side meets V2 applied but
 * unknown to it, and must start all the same.
 */
class CommandSideSchemaTest extends CommandSideHttpTest {

    @Autowired
    private Flyway flyway;

    @Test
    void aCommandSideAloneAppliesAxonsStorageAndItsRequestLogAndCreatesNoQueryTable() {
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank",
                String.class)).containsExactly("1", "3", "6", "8");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_name IN ('ledger_request', 'ledger_voucher')", Integer.class)).as("the logs are the command side's").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_name IN ('ledger_entry', 'ledger_directory', 'projection_position')", String.class)).isEmpty();
    }

    /**
     * The query side's V2 applied, and an older migration of another side (as V2 will be for the
     * command side once it has a V3 of its own): both unknown here, neither fails validation.
     */
    @Test
    void aDatabaseWhereTheQuerySideAppliedItsMigrationsStillValidates() {
        applied("2", "read models");
        applied("0.5", "older migration of another side");
        try {
            ValidateResult result = flyway.validateWithResult();
            assertThat(result.validationSuccessful).as("validation with the platform's settings: %s, ignoring %s",
                    result.getAllErrorMessages(), java.util.Arrays.toString(flyway.getConfiguration().getIgnoreMigrationPatterns()))
                    .isTrue();
            assertThat(Flyway.configure().configuration(flyway.getConfiguration()).ignoreMigrationPatterns("*:future").load()
                    .validateWithResult().validationSuccessful).as("validation with Flyway's default, ignoring only newer migrations")
                    .isFalse();
            assertThat(Flyway.configure().configuration(flyway.getConfiguration()).ignoreMigrationPatterns(new String[0]).load()
                    .validateWithResult().validationSuccessful).as("validation without ignoring the other side's migrations")
                    .isFalse();
        } finally {
            jdbc.update("DELETE FROM flyway_schema_history WHERE version IN ('2', '0.5')");
        }
    }

    private void applied(String version, String description) {
        jdbc.update("""
                INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,
                    execution_time, success)
                VALUES ((SELECT max(installed_rank) + 1 FROM flyway_schema_history), ?, ?, 'SQL', ?, 12345, 'query-side', 1, true)
                """, version, description, "V" + version.replace('.', '_') + "__" + description.replace(' ', '_') + ".sql");
    }
}
