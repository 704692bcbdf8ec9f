package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The web UI's requests on behalf of its logged-in user: a signed assertion instead of a password. */
@ExtendWith(OutputCaptureExtension.class)
class UserAssertionHttpTest extends SecurityTestSupport {

    @Autowired
    UserAssertions assertions;

    @Autowired
    SecuritySettings settings;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aValidAssertionActsAsTheUser() throws Exception {
        String name = userWith("asserted", "password-of-asserted", new Grant("ZZJJ", Role.RECORDER), new Grant("*", Role.VIEWER));

        Map<String, String> headers = assertions.headersFor(name);
        HttpResponse<String> answer = me(headers);

        assertThat(headers).containsOnlyKeys("X-Ledger-On-Behalf-Of", "X-Ledger-Asserted-At", "X-Ledger-Assertion");
        assertThat(headers.get("X-Ledger-On-Behalf-Of")).isEqualTo(name);
        assertThat(Long.parseLong(headers.get("X-Ledger-Asserted-At"))).isCloseTo(Instant.now().getEpochSecond(),
                org.assertj.core.data.Offset.offset(5L));
        assertThat(headers.get("X-Ledger-Assertion")).matches("[A-Za-z0-9_-]{43}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"username\":\"" + name + "\"")
                .contains("{\"unitCode\":\"*\",\"role\":\"VIEWER\"}", "{\"unitCode\":\"ZZJJ\",\"role\":\"RECORDER\"}");
    }

    @Test
    void aWrongSignatureIsRefused() throws Exception {
        String name = userWith("forged", "password-of-forged");
        Map<String, String> headers = new LinkedHashMap<>(assertions.headersFor(name));
        String signature = headers.get("X-Ledger-Assertion");
        headers.put("X-Ledger-Assertion", (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1));

        assertRefused(me(headers));
        // another user's name under a valid signature of the first
        Map<String, String> swapped = new LinkedHashMap<>(assertions.headersFor(name));
        swapped.put("X-Ledger-On-Behalf-Of", FirstAdmin.USERNAME);
        assertRefused(me(swapped));
        assertThat(jdbc.queryForList("SELECT detail FROM security_event WHERE type = 'LOGIN_FAILED' AND username = ?",
                String.class, name)).contains("assertion: wrong signature");
    }

    @Test
    void anOldAssertionIsRefusedThoughSignedCorrectly() throws Exception {
        String name = userWith("old", "password-of-old");

        assertRefused(me(assertions.headersFor(name, Instant.now().minusSeconds(300))));
        assertRefused(me(assertions.headersFor(name, Instant.now().plusSeconds(300))));
        assertThat(me(assertions.headersFor(name, Instant.now().minusSeconds(60))).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownUserIsRefused() throws Exception {
        assertRefused(me(assertions.headersFor(uniqueName("nobody"))));
    }

    @Test
    void aDisabledUserIsRefused() throws Exception {
        String name = userWith("disabled-asserted", "password-of-disabled");
        assertThat(me(assertions.headersFor(name)).statusCode()).isEqualTo(200);

        users.disable(name);

        assertRefused(me(assertions.headersFor(name)));
    }

    @Test
    void anIncompleteAssertionIsRefused() throws Exception {
        String name = userWith("incomplete", "password-of-incomplete");
        Map<String, String> headers = new LinkedHashMap<>(assertions.headersFor(name));
        headers.remove("X-Ledger-Asserted-At");

        assertRefused(me(headers));
    }

    @Test
    void theSecretIsInNoLogLineNoAnswerAndNoToString(CapturedOutput output) throws Exception {
        String secret = assertions.secretForTests();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("org.springframework.security", LogLevel.DEBUG);
        logging.setLogLevel("org.budgetledger", LogLevel.DEBUG);
        StringBuilder answers = new StringBuilder();
        try {
            String name = userWith("secretive", "password-of-secretive");
            HttpResponse<String> ok = me(assertions.headersFor(name));
            assertThat(ok.statusCode()).isEqualTo(200);
            answers.append(ok.headers().map()).append(ok.body());
            Map<String, String> forged = new LinkedHashMap<>(assertions.headersFor(name));
            forged.put("X-Ledger-Assertion", "not-a-signature");
            HttpResponse<String> refused = me(forged);
            answers.append(refused.headers().map()).append(refused.body());
            HttpResponse<String> old = me(assertions.headersFor(name, Instant.now().minusSeconds(300)));
            answers.append(old.headers().map()).append(old.body());
        } finally {
            logging.setLogLevel("org.springframework.security", null);
            logging.setLogLevel("org.budgetledger", null);
        }

        assertThat(output.getAll()).doesNotContain(secret);
        assertThat(answers.toString()).doesNotContain(secret);
        assertThat(settings.toString()).doesNotContain(secret);
        assertThat(assertions.toString()).doesNotContain(secret);
        assertThat(jdbc.queryForList("SELECT detail FROM security_event WHERE detail IS NOT NULL", String.class))
                .noneMatch(detail -> detail.contains(secret));
    }

    @Test
    void aSetSecretIsUsedAndMustHave32Characters() {
        String secret = "a-secret-of-at-least-thirty-two-chars";
        UserAssertions one = new UserAssertions(secret, Clock.systemUTC());
        UserAssertions other = new UserAssertions(secret, Clock.systemUTC());
        Map<String, String> headers = one.headersFor("someone");

        assertThat(other.problemWith("someone", headers.get("X-Ledger-Asserted-At"), headers.get("X-Ledger-Assertion"))).isNull();
        assertThat(assertions.problemWith("someone", headers.get("X-Ledger-Asserted-At"), headers.get("X-Ledger-Assertion")))
                .isEqualTo("wrong signature");
        assertThatThrownBy(() -> new UserAssertions("too-short-a-secret", Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LEDGER_INTERNAL_SECRET")
                .hasMessageNotContaining("too-short-a-secret");
    }

    private void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"code\":\"UNAUTHENTICATED\"").contains("The user assertion is not valid");
    }

    private HttpResponse<String> me(Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me")).GET();
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
