package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Passwords are kept only as bcrypt hashes and never written anywhere else. */
@ExtendWith(OutputCaptureExtension.class)
class PasswordStorageTest extends SecurityTestSupport {

    @Test
    void aPasswordIsStoredAsABcryptHashNeverAsItself() {
        String name = userWith("stored", "stored-password-42");

        String hash = jdbc.queryForObject("SELECT password_hash FROM ledger_user WHERE username = ?", String.class, name);

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("stored-password-42");
        assertThat(jdbc.queryForList("SELECT detail FROM security_event WHERE detail IS NOT NULL", String.class))
                .noneMatch(detail -> detail.contains("stored-password-42"));
    }

    @Test
    void noPasswordIsInTheLogWhenAUserIsCreatedLogsInFailsAndChangesTheirPassword(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("org.springframework.security", LogLevel.DEBUG);
        logging.setLogLevel("org.budgetledger", LogLevel.DEBUG);
        try {
            String name = uniqueName("logged");
            SecurityHttp.Answer created = http.post("/api/v1/users", admin(),
                    "{\"username\":\"" + name + "\",\"displayName\":\"Logged\",\"password\":\"first-secret-1234\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(http.get("/api/v1/me", basic(name, "first-secret-1234")).status()).isEqualTo(200);
            assertThat(http.get("/api/v1/me", basic(name, "wrong-secret-5678")).status()).isEqualTo(401);
            SecurityHttp.Answer changed = http.post("/api/v1/me/password", basic(name, "first-secret-1234"),
                    "{\"currentPassword\":\"first-secret-1234\",\"newPassword\":\"second-secret-9012\"}");
            assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
            assertThat(http.get("/api/v1/me", basic(name, "second-secret-9012")).status()).isEqualTo(200);
            users.create(uniqueName("direct"), "direct-secret-3456", null, false, List.of());
        } finally {
            logging.setLogLevel("org.springframework.security", null);
            logging.setLogLevel("org.budgetledger", null);
        }

        assertThat(output.getAll()).doesNotContain("first-secret-1234", "wrong-secret-5678", "second-secret-9012",
                "direct-secret-3456", ADMIN_PASSWORD);
        assertThat(output.getAll()).doesNotContain("{bcrypt}");
    }

    @Test
    void theAnswersOfTheUserEndpointsHoldNoHash() {
        userWith("listed", "listed-password-1");

        SecurityHttp.Answer list = http.get("/api/v1/users", admin());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).doesNotContain("bcrypt", "passwordHash", "\"password\"", "listed-password-1");
    }
}
