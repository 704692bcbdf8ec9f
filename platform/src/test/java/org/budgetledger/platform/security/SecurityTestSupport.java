package org.budgetledger.platform.security;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one configuration of the security tests, so that they share one context: the platform
 * alone (no ledger, no projection) on a random port, over an embedded PostgreSQL, with the
 * local {@link TestIssuer} as the OpenID issuer. Public so that a test of another platform package
 * that needs a database shares this context (two contexts would share one data directory).
 */
@SpringBootTest(classes = SecurityTestSupport.PlatformOnly.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.data-dir=target/test-data", "ledger.embedded.clean-on-start=true", "ledger.embedded.durable=false",
                "ledger.admin-password=" + SecurityTestSupport.ADMIN_PASSWORD})
public abstract class SecurityTestSupport {

    static final String ADMIN_PASSWORD = "admin-password-of-the-tests";
    static final TestIssuer ISSUER = TestIssuer.start();
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** The platform's beans and nothing else. */
    @SpringBootApplication(scanBasePackages = "org.budgetledger.platform")
    static class PlatformOnly {
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("ledger.oidc-issuer-uri", ISSUER::uri);
    }

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    SecurityHttp http;

    @BeforeEach
    void connect() {
        http = new SecurityHttp(port);
    }

    /** A user name no other test uses. */
    static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + ProcessHandle.current().pid();
    }

    /** Creates a local user with the grants, as a test of any module may ({@link Users#create}). */
    String userWith(String prefix, String password, Grant... grants) {
        String name = uniqueName(prefix);
        users.create(name, password, "Test " + prefix, false, List.of(grants));
        return name;
    }

    static String basic(String username, String password) {
        return SecurityHttp.basic(username, password);
    }

    static String admin() {
        return basic(FirstAdmin.USERNAME, ADMIN_PASSWORD);
    }
}
