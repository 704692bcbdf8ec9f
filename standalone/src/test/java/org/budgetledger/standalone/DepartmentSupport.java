package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.budgetledger.query.entries.ProjectionPositions;
import tools.jackson.databind.JsonNode;

/** Defining departments in tests, as the administrator, and waiting until the read side knows them. */
final class DepartmentSupport {

    private static final String REGISTRY = "departments";
    private static final String DIRECTORY = "ledger-directory";

    private DepartmentSupport() {
    }

    /** {@code PUT /departments/{code}} as the administrator; waits until the query side has applied it. */
    static JsonNode define(Http any, ProjectionPositions projections, String code, String name, Integer fromYear, String... units) {
        Http.Answer answer = put(any.as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD), code, name, fromYear, units);
        assertThat(answer.status()).as("PUT /departments/%s: %s", code, answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        awaitDirectory(projections, json.get("sequence").asLong());
        return json;
    }

    static Http.Answer put(Http as, String code, String name, Integer fromYear, String... units) {
        StringBuilder body = new StringBuilder("{\"name\":\"").append(name).append("\",\"units\":[");
        for (int i = 0; i < units.length; i++) {
            body.append(i == 0 ? "" : ",").append('"').append(units[i]).append('"');
        }
        body.append(']');
        if (fromYear != null) {
            body.append(",\"fromYear\":").append(fromYear);
        }
        return as.put("/api/v1/departments/" + code, body.append('}').toString());
    }

    static void awaitDirectory(ProjectionPositions projections, long sequence) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (projections.of(DIRECTORY, REGISTRY) < sequence) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The department directory did not apply change " + sequence + " within 60 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
