package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * The users the tests act as, created through the users API as the bootstrap {@code admin}
 * (whose password the test configuration sets). The default user of every earlier test is
 * {@code finance-office}, APPROVER of every unit: the role that opens, budgets, spends and closes.
 */
public final class TestUsers {

    public static final String ADMIN = "admin";
    /** As {@code ledger.admin-password} in the test application.properties, and LEDGER_ADMIN_PASSWORD of the ITs. */
    public static final String ADMIN_PASSWORD = "admin-password-of-the-tests";
    public static final String DEFAULT = "finance-office";
    public static final String PASSWORD = "password-of-the-tests";

    private static final Set<String> READY = new HashSet<>();

    private TestUsers() {
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Makes sure the default user exists on the server at {@code base}, once per server. */
    static synchronized void ensureDefault(String base) {
        if (READY.add(base)) {
            ensure(new Http(base), DEFAULT, "*:APPROVER");
        }
    }

    /**
     * Creates a user (if new) with the test password and replaces its grants, given as
     * {@code UNIT:ROLE}; answers a client acting as that user.
     */
    public static Http ensure(Http any, String username, String... grants) {
        Http admin = any.as(ADMIN, ADMIN_PASSWORD);
        Http.Answer created = admin.postJson("/api/v1/users", "{\"username\":\"" + username + "\",\"displayName\":\""
                + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as("creating %s: %s", username, created.text()).isIn(201, 409);
        StringBuilder json = new StringBuilder("{\"grants\":[");
        for (int i = 0; i < grants.length; i++) {
            String[] grant = grants[i].split(":");
            json.append(i == 0 ? "" : ",").append("{\"unitCode\":\"").append(grant[0]).append("\",\"role\":\"")
                    .append(grant[1]).append("\"}");
        }
        Http.Answer granted = admin.put("/api/v1/users/" + username + "/grants", json.append("]}").toString());
        assertThat(granted.status()).as("granting %s: %s", username, granted.text()).isIn(200, 204);
        return any.as(username, PASSWORD);
    }
}
