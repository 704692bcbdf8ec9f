package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Bearer JWT of the configured issuer authenticates its user with the token's grants; any other token is 401. */
class BearerJwtHttpTest extends SecurityTestSupport {

    @Test
    void aTokenOfTheIssuerAuthenticatesWithItsGrantsWithoutAUserRow() {
        String token = ISSUER.token("jwt-recorder", Map.of("ledger_grants", java.util.List.of("ZZJJ:RECORDER", "*:AUDITOR", "X:NOPE"),
                "name", "李出纳"));

        SecurityHttp.Answer me = http.get("/api/v1/me", SecurityHttp.bearer(token));

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("jwt-recorder");
        assertThat(me.json().get("displayName").asString()).isEqualTo("李出纳");
        assertThat(me.json().get("admin").asBoolean()).isFalse();
        assertThat(me.json().get("grants").toString())
                .isEqualTo("[{\"unitCode\":\"ZZJJ\",\"role\":\"RECORDER\"},{\"unitCode\":\"*\",\"role\":\"AUDITOR\"}]");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_user WHERE username = 'jwt-recorder'", Integer.class)).isZero();
        assertThat(http.get("/api/v1/security-events?limit=1", SecurityHttp.bearer(token)).status())
                .as("AUDITOR on * from the token").isEqualTo(200);
    }

    @Test
    void theAdminClaimMakesAnAdministrator() {
        String token = ISSUER.token("jwt-admin", Map.of("ledger_admin", true));

        assertThat(http.get("/api/v1/me", SecurityHttp.bearer(token)).json().get("admin").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/users", SecurityHttp.bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIs401() {
        assertUnauthenticated(ISSUER.expiredToken("jwt-late", TestIssuer.grants("ZZJJ:VIEWER")));
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        assertUnauthenticated(ISSUER.tokenOfIssuer("http://127.0.0.1:1/realms/other", "jwt-foreign", TestIssuer.grants("ZZJJ:VIEWER")));
    }

    @Test
    void aTokenWithABadSignatureIs401() {
        assertUnauthenticated(ISSUER.tokenSignedByAnotherKey("jwt-forged", TestIssuer.grants("*:AUDITOR")));
    }

    @Test
    void aTokenWithoutAUserNameIs401() {
        assertUnauthenticated(ISSUER.token("", Map.of()));
    }

    private void assertUnauthenticated(String token) {
        SecurityHttp.Answer answer = http.get("/api/v1/me", SecurityHttp.bearer(token));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.headers("WWW-Authenticate")).contains("Basic realm=\"budget-ledger\"");
    }
}
