package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Repeated failed logins lock the name, even against the right password, and are in the security events. */
class LoginThrottleHttpTest extends SecurityTestSupport {

    @Test
    void fiveFailedLoginsLockTheNameEvenForTheRightPasswordWith429AndRetryAfter() {
        String name = userWith("throttled", "right-password-1");

        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v1/me", basic(name, "wrong-password-" + i)).status()).isEqualTo(401);
        }
        SecurityHttp.Answer locked = http.get("/api/v1/me", basic(name, "right-password-1"));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(locked.json().get("code").asString()).isEqualTo("TOO_MANY_FAILED_LOGINS");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(http.get("/api/v1/me", basic(uniqueName("other"), "whatever-1")).status())
                .as("another name is not locked").isEqualTo(401);

        List<JsonNode> events = eventsOf(name);
        assertThat(events).filteredOn(event -> event.get("type").asString().equals("LOGIN_FAILED")).hasSize(5)
                .allSatisfy(event -> {
                    assertThat(event.get("outcome").asString()).isEqualTo("FAILURE");
                    assertThat(event.get("remoteAddress").asString()).isEqualTo("127.0.0.1");
                    assertThat(event.get("occurredAt").asString()).isNotBlank();
                });
        assertThat(events.get(0).get("type").asString()).as("newest first").isEqualTo("LOGIN_LOCKED");
        assertThat(events.get(0).get("outcome").asString()).isEqualTo("REFUSED");
    }

    @Test
    void grantChangesAndUserCreationsAreSecurityEvents() {
        String name = userWith("granted", "granted-password");

        SecurityHttp.Answer changed = http.put("/api/v1/users/" + name + "/grants", admin(),
                "{\"grants\":[{\"unitCode\":\"ZZJJ\",\"role\":\"APPROVER\"},{\"unitCode\":\"*\",\"role\":\"VIEWER\"}]}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        List<JsonNode> events = eventsOf(name);
        assertThat(events.get(0).get("type").asString()).isEqualTo("GRANTS_CHANGED");
        assertThat(events.get(0).get("detail").asString()).contains("ZZJJ:APPROVER", "*:VIEWER", "by admin");
        assertThat(events.get(0).get("remoteAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(events).extracting(event -> event.get("type").asString()).contains("USER_CREATED");
    }

    @Test
    void aVerifiedLoginIsASecurityEventButACachedCredentialIsNotANewOne() {
        String name = userWith("logins", "logins-password");

        for (int i = 0; i < 3; i++) {
            assertThat(http.get("/api/v1/me", basic(name, "logins-password")).status()).isEqualTo(200);
        }

        assertThat(eventsOf(name)).filteredOn(event -> event.get("type").asString().equals("LOGIN")).hasSize(1);
    }

    @Test
    void aRequestWithoutCredentialsAndAForbiddenOneAreRefusedRequests() {
        String viewer = userWith("refused", "refused-password", new Grant("ZZJJ", Role.VIEWER));

        assertThat(http.get("/api/v1/users", basic(viewer, "refused-password")).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/security-events", null).status()).isEqualTo(401);

        List<JsonNode> refusals = StreamSupport.stream(newestEvents().spliterator(), false)
                .filter(event -> event.get("type").asString().equals("REQUEST_REFUSED")).toList();
        assertThat(refusals).anySatisfy(event -> {
            assertThat(event.get("username").asString()).isEqualTo(viewer);
            assertThat(event.get("detail").asString()).isEqualTo("403 FORBIDDEN: GET /api/v1/users");
        });
        assertThat(refusals).anySatisfy(event -> {
            assertThat(event.get("username").isNull()).isTrue();
            assertThat(event.get("detail").asString()).startsWith("401 UNAUTHENTICATED: GET /api/v1/security-events");
        });
    }

    private JsonNode newestEvents() {
        SecurityHttp.Answer answer = http.get("/api/v1/security-events?limit=1000", admin());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("events");
    }

    private List<JsonNode> eventsOf(String name) {
        return StreamSupport.stream(newestEvents().spliterator(), false)
                .filter(event -> !event.get("username").isNull() && name.equals(event.get("username").asString())).toList();
    }
}
