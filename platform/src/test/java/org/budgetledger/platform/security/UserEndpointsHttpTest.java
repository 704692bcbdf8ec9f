package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Users and grants are managed by administrators only; everyone sees themselves and changes their own password. */
class UserEndpointsHttpTest extends SecurityTestSupport {

    @Test
    void anAdministratorCreatesAUserWhoThenLogsIn() {
        String name = uniqueName("created");

        SecurityHttp.Answer created = http.post("/api/v1/users", admin(),
                "{\"username\":\"" + name + "\",\"displayName\":\"张会计\",\"password\":\"created-password\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("username").asString()).isEqualTo(name);
        assertThat(created.json().get("enabled").asBoolean()).isTrue();
        assertThat(created.json().get("grants").size()).isZero();
        SecurityHttp.Answer me = http.get("/api/v1/me", basic(name, "created-password"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("displayName").asString()).isEqualTo("张会计");
    }

    @Test
    void aTakenNameIs409UserExists() {
        String name = userWith("taken", "taken-password");

        SecurityHttp.Answer again = http.post("/api/v1/users", admin(),
                "{\"username\":\"" + name + "\",\"password\":\"another-password\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("USER_EXISTS");
    }

    @Test
    void aBadNameAndAShortPasswordAreBothReported() {
        SecurityHttp.Answer answer = http.post("/api/v1/users", admin(), "{\"username\":\"no spaces\",\"password\":\"short\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void onlyAnAdministratorManagesUsersOthersGet403() {
        String recorder = userWith("not-admin", "not-admin-password", new Grant("*", Role.APPROVER));
        String auth = basic(recorder, "not-admin-password");

        for (SecurityHttp.Answer answer : new SecurityHttp.Answer[] {
                http.get("/api/v1/users", auth),
                http.post("/api/v1/users", auth, "{\"username\":\"" + uniqueName("x") + "\",\"password\":\"x-password\"}"),
                http.put("/api/v1/users/" + recorder + "/grants", auth, "{\"grants\":[{\"unitCode\":\"*\",\"role\":\"AUDITOR\"}]}"),
                http.post("/api/v1/users/" + recorder + "/disable", auth, null)}) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asString()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void grantsAreReplacedAndTakeEffectAtTheNextRequest() {
        String name = userWith("regranted", "regranted-password", new Grant("ZZJJ", Role.VIEWER));
        String auth = basic(name, "regranted-password");
        assertThat(http.get("/api/v1/me", auth).json().get("grants").toString()).contains("VIEWER");

        SecurityHttp.Answer changed = http.put("/api/v1/users/" + name + "/grants", admin(),
                "{\"grants\":[{\"unitCode\":\"ZZJJ\",\"role\":\"RECORDER\"}]}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("grants").toString()).isEqualTo("[{\"unitCode\":\"ZZJJ\",\"role\":\"RECORDER\"}]");
        assertThat(http.get("/api/v1/me", auth).json().get("grants").toString())
                .as("the cached credential was forgotten").isEqualTo("[{\"unitCode\":\"ZZJJ\",\"role\":\"RECORDER\"}]");
    }

    @Test
    void aBadRoleInTheGrantsIsReportedByPosition() {
        String name = userWith("bad-role", "bad-role-password");

        SecurityHttp.Answer answer = http.put("/api/v1/users/" + name + "/grants", admin(),
                "{\"grants\":[{\"unitCode\":\"ZZJJ\",\"role\":\"RECORDER\"},{\"unitCode\":\"ZZJJ\",\"role\":\"BOSS\"}]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly("grants[1].role");
    }

    @Test
    void anUnknownUserIs404UserNotFound() {
        assertThat(http.put("/api/v1/users/nobody-at-all/grants", admin(), "{\"grants\":[]}").json().get("code").asString())
                .isEqualTo("USER_NOT_FOUND");
        SecurityHttp.Answer disable = http.post("/api/v1/users/nobody-at-all/disable", admin(), null);
        assertThat(disable.status()).isEqualTo(404);
        assertThat(disable.json().get("code").asString()).isEqualTo("USER_NOT_FOUND");
    }

    @Test
    void theUserListShowsEveryUserWithGrantsAndTheDisabledOnes() {
        String name = userWith("in-list", "in-list-password", new Grant("ZZJJ", Role.APPROVER));
        users.disable(name);

        JsonNode list = http.get("/api/v1/users", admin()).json().get("users");

        JsonNode user = StreamSupport.stream(list.spliterator(), false)
                .filter(node -> node.get("username").asString().equals(name)).findFirst().orElseThrow();
        assertThat(user.get("enabled").asBoolean()).isFalse();
        assertThat(user.get("admin").asBoolean()).isFalse();
        assertThat(user.get("grants").toString()).isEqualTo("[{\"unitCode\":\"ZZJJ\",\"role\":\"APPROVER\"}]");
        assertThat(StreamSupport.stream(list.spliterator(), false).anyMatch(node -> node.get("username").asString().equals("admin")
                && node.get("admin").asBoolean())).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsAValidationFailureOfThatField() {
        String name = userWith("changer", "changer-password");

        SecurityHttp.Answer answer = http.post("/api/v1/me/password", basic(name, "changer-password"),
                "{\"currentPassword\":\"not-my-password\",\"newPassword\":\"new-changer-password\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsString("field")).containsExactly("currentPassword");
        assertThat(http.get("/api/v1/me", basic(name, "changer-password")).status()).isEqualTo(200);
    }

    @Test
    void aChangedPasswordReplacesTheOldOneAtOnce() {
        String name = userWith("rotated", "rotated-password");
        assertThat(http.get("/api/v1/me", basic(name, "rotated-password")).status()).isEqualTo(200);

        assertThat(http.post("/api/v1/me/password", basic(name, "rotated-password"),
                "{\"currentPassword\":\"rotated-password\",\"newPassword\":\"rotated-password-2\"}").status()).isEqualTo(204);

        assertThat(http.get("/api/v1/me", basic(name, "rotated-password")).status()).as("old password, even cached").isEqualTo(401);
        assertThat(http.get("/api/v1/me", basic(name, "rotated-password-2")).status()).isEqualTo(200);
    }

    @Test
    void securityEventsAreForAuditorsOfEveryUnitAndAdministrators() {
        String unitAuditor = userWith("unit-auditor", "unit-auditor-password", new Grant("ZZJJ", Role.AUDITOR));
        String auditor = userWith("auditor", "auditor-password", new Grant("*", Role.AUDITOR));

        assertThat(http.get("/api/v1/security-events", basic(unitAuditor, "unit-auditor-password")).status()).isEqualTo(403);
        SecurityHttp.Answer answer = http.get("/api/v1/security-events?limit=3", basic(auditor, "auditor-password"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("events").size()).isEqualTo(3);
        assertThat(http.get("/api/v1/security-events?limit=1001", admin()).json().get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
    }
}
