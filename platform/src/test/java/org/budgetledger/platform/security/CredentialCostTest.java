package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * What HTTP Basic costs per request: the first request of a credential pays bcrypt, the next
 * ones within the cache's TTL do not. Prints the figures; asserts no timing (machines differ).
 */
class CredentialCostTest extends SecurityTestSupport {

    private static final int REQUESTS = 200;

    @Autowired
    private PasswordLogin passwordLogin;

    @Test
    void printsTheCostOfACachedCredentialAgainstAVerifiedOne() {
        String name = userWith("cost", "cost-password");
        // warm up the server's code paths with another user
        String warm = userWith("warm", "warm-password");
        for (int i = 0; i < 50; i++) {
            http.get("/api/v1/me", basic(warm, "warm-password"));
        }

        long first = System.nanoTime();
        assertThat(http.get("/api/v1/me", basic(name, "cost-password")).status()).isEqualTo(200);
        double verifiedMs = (System.nanoTime() - first) / 1e6;

        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            assertThat(http.get("/api/v1/me", basic(name, "cost-password")).status()).isEqualTo(200);
        }
        double cachedMs = (System.nanoTime() - start) / 1e6 / REQUESTS;

        long unauthenticatedStart = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            http.get("/actuator/health", null);
        }
        double publicMs = (System.nanoTime() - unauthenticatedStart) / 1e6 / REQUESTS;

        // The authentication step alone, in this process: what a cached credential adds to a request.
        int checks = 20_000;
        long checkStart = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            assertThat(passwordLogin.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "cost-password"))
                    .isAuthenticated()).isTrue();
        }
        double checkMicros = (System.nanoTime() - checkStart) / 1e3 / checks;
        System.out.printf("HTTP Basic cost: authenticating a cached credential in process: %.1f µs (mean of %d)%n", checkMicros, checks);

        System.out.printf("HTTP Basic cost: GET /api/v1/me with a credential bcrypt verifies: %.1f ms; with a cached credential: "
                + "%.2f ms per request (mean of %d); a public GET /actuator/health for comparison: %.2f ms%n", verifiedMs, cachedMs,
                REQUESTS, publicMs);
    }
}
