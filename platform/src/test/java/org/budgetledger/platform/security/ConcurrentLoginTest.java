package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Many requests of one credential arriving together before it is cached (a script's clients at
 * start, or when the cached credential expires) are verified by bcrypt once: the others wait for
 * that verification and take it from the cache. Each bcrypt verification is one LOGIN event
 * (HTTP Basic records none for a cached credential).
 */
class ConcurrentLoginTest extends SecurityTestSupport {

    private static final int CLIENTS = 8;

    @Autowired
    private PasswordLogin passwordLogin;

    @Test
    void concurrentRequestsOfOneCredentialPayForOneBcrypt() throws Exception {
        String name = userWith("herd", "herd-password");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Authentication>> logins = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                logins.add(clients.submit(() -> {
                    go.await();
                    return passwordLogin.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "herd-password"));
                }));
            }
            go.countDown();
            for (Future<Authentication> login : logins) {
                assertThat(login.get(60, TimeUnit.SECONDS).isAuthenticated()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(jdbc.queryForObject("SELECT count(*) FROM security_event WHERE username = ? AND type = 'LOGIN'", Integer.class,
                name)).as("bcrypt verifications of %s", name).isEqualTo(1);
    }
}
