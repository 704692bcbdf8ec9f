package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who gets in where: the API asks for credentials in problem+json, pages for the login form, some things are public. */
class AuthenticationHttpTest extends SecurityTestSupport {

    @Test
    void anApiRequestWithoutCredentialsIs401ProblemJsonWithABasicChallenge() {
        SecurityHttp.Answer answer = http.get("/api/v1/me", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.headers("WWW-Authenticate")).contains("Basic realm=\"budget-ledger\"");
        assertThat(answer.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs401ProblemJsonWithABasicChallenge() {
        String name = userWith("wrong-password", "the-right-password");

        SecurityHttp.Answer answer = http.get("/api/v1/me", basic(name, "not-the-password"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.headers("WWW-Authenticate")).contains("Basic realm=\"budget-ledger\"");
        assertThat(answer.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anUnknownUserIsRefusedExactlyLikeAWrongPassword() {
        SecurityHttp.Answer answer = http.get("/api/v1/me", basic(uniqueName("nobody"), "whatever-password"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("detail").asString()).isEqualTo("The user name or password is not valid");
    }

    @Test
    void theRightPasswordAuthenticatesAndMeAnswersTheUserAndGrants() {
        String name = userWith("me", "password-of-me", new Grant("ZZJJ", Role.RECORDER), new Grant("*", Role.VIEWER));

        SecurityHttp.Answer answer = http.get("/api/v1/me", basic(name, "password-of-me"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("username").asString()).isEqualTo(name);
        assertThat(answer.json().get("displayName").asString()).isEqualTo("Test me");
        assertThat(answer.json().get("admin").asBoolean()).isFalse();
        assertThat(answer.json().get("grants").toString())
                .isEqualTo("[{\"unitCode\":\"*\",\"role\":\"VIEWER\"},{\"unitCode\":\"ZZJJ\",\"role\":\"RECORDER\"}]");
    }

    @Test
    void aDisabledUserCannotLogInAnyMore() {
        String name = userWith("disabled", "password-of-disabled");
        assertThat(http.get("/api/v1/me", basic(name, "password-of-disabled")).status()).isEqualTo(200);

        users.disable(name);

        assertThat(http.get("/api/v1/me", basic(name, "password-of-disabled")).status()).isEqualTo(401);
    }

    @Test
    void theHealthProbeAndTheApiDescriptionArePublic() {
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
        SecurityHttp.Answer description = http.get("/v3/api-docs", null);
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().get("paths").has("/api/v1/me")).isTrue();
        assertThat(http.get("/swagger-ui.html", null).status()).isIn(200, 302);
        assertThat(http.get("/login", null).status()).isEqualTo(200);
    }

    @Test
    void aPageWithoutALoginRedirectsToTheLoginPage() {
        SecurityHttp.Answer answer = http.get("/some/page", null);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login");
    }

    @Test
    void theApiDescriptionListsUnauthenticatedForEveryEndpoint() {
        SecurityHttp.Answer description = http.get("/v3/api-docs", null);

        assertThat(description.json().get("paths").get("/api/v1/users").get("get").get("responses").has("401")).isTrue();
    }
}
