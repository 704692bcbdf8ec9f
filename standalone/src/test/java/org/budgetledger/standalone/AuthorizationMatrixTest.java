package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The contract's table of rights, endpoint by endpoint: every role (VIEWER, RECORDER, APPROVER,
 * AUDITOR on the unit, AUDITOR on every unit, ADMIN, a user without a grant on the unit,
 * anonymous) against every endpoint, on a ledger of the caller's own unit and on one of another
 * unit. Each case asserts the exact status and code, and that no answer to a caller without a
 * grant on the other unit carries a figure or the name of that unit's ledger.
 *
 * <p>An allowed command is sent with an empty body (or, for the opening, on the ledger that
 * exists), so that it is refused after authorization by its validation and the ledgers never
 * change under the matrix: {@code 400 VALIDATION_FAILED} (or {@code 409 LEDGER_EXISTS}) means
 * "allowed", {@code 403}/{@code 404}/{@code 401} mean refused by the security of the request.
 */
class AuthorizationMatrixTest extends StandaloneTestSupport {

    static final String OWN = "MX-OWN";
    static final String OTHER = "MX-OTHER";
    /** What the other unit's ledger holds that must never reach a caller without a grant on it. */
    static final String OTHER_NAME = "保密单位乙";
    static final String OTHER_AMOUNT = "7654321.09";
    static final String OTHER_AMOUNT_WAN = "765.43";
    static final String KNOWN_AT = "knownAt=2099-01-01T00:00:00Z";

    private static boolean ready;

    /** The callers of the matrix, with what they can see and do. */
    enum Caller {
        VIEWER("mx-viewer", OWN + ":VIEWER"),
        RECORDER("mx-recorder", OWN + ":RECORDER"),
        APPROVER("mx-approver", OWN + ":APPROVER"),
        AUDITOR("mx-auditor", OWN + ":AUDITOR"),
        AUDITOR_EVERYWHERE("mx-auditor-all", "*:AUDITOR"),
        ADMIN(TestUsers.ADMIN, null),
        NO_GRANT("mx-nogrant", "MX-ELSE:APPROVER"),
        ANONYMOUS(null, null);

        final String username;
        final String grant;

        Caller(String username, String grant) {
            this.username = username;
            this.grant = grant;
        }

        boolean sees(String unit) {
            return this == AUDITOR_EVERYWHERE || (grant != null && grant.startsWith(unit + ":"));
        }

        /** The contract's table: which actions each role may take on a unit it holds. */
        boolean may(Right right) {
            return switch (right) {
                case READ -> true;
                case HISTORY -> this == RECORDER || this == APPROVER || this == AUDITOR || this == AUDITOR_EVERYWHERE;
                case RECORD -> this == RECORDER || this == APPROVER;
                case APPROVE -> this == APPROVER;
            };
        }
    }

    enum Right { READ, HISTORY, RECORD, APPROVE }

    /** A ledger endpoint: the right it needs, and what an allowed caller gets. */
    record LedgerEndpoint(String name, Right right, String method, String path, String body, int allowedStatus,
            String allowedCode) {

        String path(String unit) {
            return path.replace("{unit}", unit);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static LedgerEndpoint get(String name, Right right, String path) {
        return new LedgerEndpoint(name, right, "GET", path, null, 200, null);
    }

    static LedgerEndpoint command(String name, Right right, String path) {
        return new LedgerEndpoint(name, right, "POST", path, "{}", 400, "VALIDATION_FAILED");
    }

    static final List<LedgerEndpoint> LEDGER_ENDPOINTS = List.of(
            get("ledger status", Right.READ, "/ledgers/{unit}/2023"),
            get("lines", Right.READ, "/ledgers/{unit}/2023/lines"),
            get("lines knownAt", Right.HISTORY, "/ledgers/{unit}/2023/lines?" + KNOWN_AT),
            get("report list", Right.READ, "/ledgers/{unit}/2023/reports"),
            get("report 01", Right.READ, "/ledgers/{unit}/2023/reports/01"),
            get("report 03 as CSV", Right.READ, "/ledgers/{unit}/2023/reports/03?format=csv"),
            get("report 01 knownAt", Right.HISTORY, "/ledgers/{unit}/2023/reports/01?" + KNOWN_AT),
            get("checks", Right.READ, "/ledgers/{unit}/2023/checks"),
            get("checks knownAt", Right.HISTORY, "/ledgers/{unit}/2023/checks?" + KNOWN_AT),
            get("history", Right.HISTORY, "/ledgers/{unit}/2023/history"),
            get("export", Right.HISTORY, "/ledgers/{unit}/2023/export"),
            command("appropriation", Right.APPROVE, "/ledgers/{unit}/2023/appropriations"),
            command("adjustment", Right.APPROVE, "/ledgers/{unit}/2023/adjustments"),
            command("transfer", Right.APPROVE, "/ledgers/{unit}/2023/transfers"),
            command("revenue", Right.RECORD, "/ledgers/{unit}/2023/revenues"),
            command("expenditure", Right.RECORD, "/ledgers/{unit}/2023/expenditures"),
            command("reversal", Right.RECORD, "/ledgers/{unit}/2023/expenditures/MX-V1/reversal"),
            command("三公 budget", Right.APPROVE, "/ledgers/{unit}/2023/three-public-budgets"),
            command("payment request", Right.RECORD, "/ledgers/{unit}/2023/payment-requests"),
            command("control budget", Right.APPROVE, "/ledgers/{unit}/2023/control-budgets"),
            command("statement", Right.APPROVE, "/ledgers/{unit}/2023/statements"),
            get("procurement", Right.READ, "/ledgers/{unit}/2023/reports/procurement"),
            get("general-costs", Right.READ, "/ledgers/{unit}/2023/reports/general-costs"),
            get("general-costs knownAt", Right.HISTORY, "/ledgers/{unit}/2023/reports/general-costs?" + KNOWN_AT),
            get("narrative", Right.READ, "/ledgers/{unit}/2023/reports/narrative"),
            get("narrative as Word", Right.READ, "/ledgers/{unit}/2023/reports/narrative?format=docx"),
            get("narrative knownAt", Right.HISTORY, "/ledgers/{unit}/2023/reports/narrative?format=text&" + KNOWN_AT),
            get("publication as Word", Right.READ, "/ledgers/{unit}/2023/publication?format=docx"),
            get("publication as Excel", Right.READ, "/ledgers/{unit}/2023/publication?format=xlsx"),
            get("publication knownAt", Right.HISTORY, "/ledgers/{unit}/2023/publication?format=xlsx&" + KNOWN_AT),
            command("performance targets", Right.APPROVE, "/ledgers/{unit}/2023/performance-targets"),
            command("performance result", Right.RECORD, "/ledgers/{unit}/2023/performance-results"),
            get("performance-unit as text", Right.READ, "/ledgers/{unit}/2023/reports/performance-unit?format=text"),
            get("performance-project", Right.READ, "/ledgers/{unit}/2023/reports/performance-project"),
            command("payment approval", Right.APPROVE, "/ledgers/{unit}/2023/payment-requests/PR-1/approval"),
            command("payment rejection", Right.APPROVE, "/ledgers/{unit}/2023/payment-requests/PR-1/rejection"),
            get("payment requests", Right.HISTORY, "/ledgers/{unit}/2023/payment-requests?status=PENDING"),
            new LedgerEndpoint("one payment request", Right.HISTORY, "GET", "/ledgers/{unit}/2023/payment-requests/PR-1", null,
                    404, "PAYMENT_REQUEST_NOT_FOUND"),
            command("close", Right.APPROVE, "/ledgers/{unit}/2023/closing"),
            // Reconciling a text with a ledger reads the ledger; "{}" is then refused as no published report.
            new LedgerEndpoint("lint with ledger", Right.READ, "LINT", "/lint?ledger={unit}/2023", "{}", 422,
                    "NOT_A_PUBLISHED_REPORT"),
            new LedgerEndpoint("opening", Right.APPROVE, "POST", "/ledgers", "{\"requestId\":\"mx-reopen\",\"unitCode\":\"{unit}\","
                    + "\"unitName\":\"x\",\"fiscalYear\":2023}", 409, "LEDGER_EXISTS"),
            new LedgerEndpoint("journal appropriation", Right.APPROVE, "JOURNAL", "/journal",
                    "{\"command\":\"AppropriateFunds\",\"unitCode\":\"{unit}\",\"fiscalYear\":2023}", 400, "VALIDATION_FAILED"),
            new LedgerEndpoint("journal expenditure", Right.RECORD, "JOURNAL", "/journal",
                    "{\"command\":\"RecordExpenditure\",\"unitCode\":\"{unit}\",\"fiscalYear\":2023}", 400, "VALIDATION_FAILED"),
            new LedgerEndpoint("journal payment request", Right.RECORD, "JOURNAL", "/journal",
                    "{\"command\":\"RequestPayment\",\"unitCode\":\"{unit}\",\"fiscalYear\":2023}", 400, "VALIDATION_FAILED"),
            new LedgerEndpoint("journal payment approval", Right.APPROVE, "JOURNAL", "/journal",
                    "{\"command\":\"ApprovePayment\",\"unitCode\":\"{unit}\",\"fiscalYear\":2023}", 400, "VALIDATION_FAILED"),
            new LedgerEndpoint("journal control budget", Right.APPROVE, "JOURNAL", "/journal",
                    "{\"command\":\"SetControlBudget\",\"unitCode\":\"{unit}\",\"fiscalYear\":2023}", 400, "VALIDATION_FAILED"),
            new LedgerEndpoint("journal statement", Right.APPROVE, "JOURNAL", "/journal",
                    "{\"command\":\"RecordStatement\",\"unitCode\":\"{unit}\",\"fiscalYear\":2023}", 400, "VALIDATION_FAILED"));

    /** An endpoint that is not about one ledger: who may call it, and with what outcome. */
    record GlobalEndpoint(String name, String method, String path, String body, List<Caller> allowed, int allowedStatus,
            String deniedCode) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Caller> AUTHENTICATED = List.of(Caller.VIEWER, Caller.RECORDER, Caller.APPROVER, Caller.AUDITOR,
            Caller.AUDITOR_EVERYWHERE, Caller.ADMIN, Caller.NO_GRANT);

    static final List<GlobalEndpoint> GLOBAL_ENDPOINTS = List.of(
            new GlobalEndpoint("ledger list", "GET", "/ledgers", null, AUTHENTICATED, 200, null),
            new GlobalEndpoint("lint of a text", "LINT", "/lint", "本单位2023年度部门决算", AUTHENTICATED, 200, null),
            new GlobalEndpoint("me", "GET", "/me", null, AUTHENTICATED, 200, null),
            new GlobalEndpoint("own password", "POST", "/me/password", "{}", AUTHENTICATED, 400, null),
            new GlobalEndpoint("user list", "GET", "/users", null, List.of(Caller.ADMIN), 200, "FORBIDDEN"),
            new GlobalEndpoint("user creation", "POST", "/users", "{}", List.of(Caller.ADMIN), 400, "FORBIDDEN"),
            new GlobalEndpoint("grants", "PUT", "/users/mx-viewer/grants", "{}", List.of(Caller.ADMIN), 400, "FORBIDDEN"),
            new GlobalEndpoint("disabling", "POST", "/users/mx-nobody/disable", null, List.of(Caller.ADMIN), 404, "FORBIDDEN"),
            new GlobalEndpoint("security events", "GET", "/security-events", null,
                    List.of(Caller.ADMIN, Caller.AUDITOR_EVERYWHERE), 200, "FORBIDDEN"),
            new GlobalEndpoint("replay", "POST", "/admin/projections/no-such-projection/replay", null, List.of(Caller.ADMIN),
                    400, "FORBIDDEN"),
            // APPROVER on * may too; no caller of the matrix holds that grant.
            new GlobalEndpoint("department definition", "PUT", "/departments/MX-DEPT", "{}", List.of(Caller.ADMIN),
                    400, "FORBIDDEN"));

    /** The department of the matrix: OWN alone. Its tables need a grant on it or on *, which only AUDITOR_EVERYWHERE has. */
    static final String DEPARTMENT = "MX-DEPT";

    /** A department's read endpoint, and whether it is asked as known at a time (the history right). */
    record DepartmentEndpoint(String name, String path, boolean history) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<DepartmentEndpoint> DEPARTMENT_ENDPOINTS = List.of(
            new DepartmentEndpoint("department reports", "/departments/" + DEPARTMENT + "/2023/reports", false),
            new DepartmentEndpoint("department report 01", "/departments/" + DEPARTMENT + "/2023/reports/01", false),
            new DepartmentEndpoint("department report 01 knownAt", "/departments/" + DEPARTMENT + "/2023/reports/01?" + KNOWN_AT, true),
            new DepartmentEndpoint("department eliminations", "/departments/" + DEPARTMENT + "/2023/eliminations", false),
            new DepartmentEndpoint("department units", "/departments/" + DEPARTMENT + "/2023/units", false),
            new DepartmentEndpoint("department checks", "/departments/" + DEPARTMENT + "/2023/checks", false));

    @BeforeEach
    void twoLedgersAndTheCallers() {
        synchronized (AuthorizationMatrixTest.class) {
            if (ready) {
                return;
            }
            for (String unit : List.of(OWN, OTHER)) {
                LedgerScenario ledger = new LedgerScenario(http, unit, 2023);
                ledger.open(unit.equals(OTHER) ? OTHER_NAME : "本单位甲");
                ledger.appropriate(LedgerScenario.basicLine("2040201"), unit.equals(OTHER) ? OTHER_AMOUNT : "1000.00",
                        "财〔2023〕1号", "2023-01-05");
                ledger.spend(LedgerScenario.basicLine("2040201"), "30201", "100.00", "MX-V1", "2023-02-01");
                awaitReadSide(ledger);
            }
            for (Caller caller : Caller.values()) {
                if (caller.grant != null) {
                    TestUsers.ensure(http, caller.username, caller.grant);
                }
            }
            DepartmentSupport.define(http, projections, DEPARTMENT, "矩阵部门", 2023, OWN);
            ready = true;
        }
    }

    static Stream<Arguments> ledgerCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (LedgerEndpoint endpoint : LEDGER_ENDPOINTS) {
                for (String unit : List.of(OWN, OTHER)) {
                    cases.add(Arguments.of(caller, endpoint, unit));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} on {2}")
    @MethodSource("ledgerCases")
    void aLedgerEndpointAnswersEachCallerAsTheTableOfRightsSays(Caller caller, LedgerEndpoint endpoint, String unit) {
        Http.Answer answer = send(client(caller), endpoint.method().equals("JOURNAL") ? "POST" : endpoint.method(),
                endpoint.path(unit), endpoint.body() == null ? null : endpoint.body().replace("{unit}", unit),
                contentType(endpoint.method()));

        int status;
        String code;
        if (caller == Caller.ANONYMOUS) {
            status = 401;
            code = "UNAUTHENTICATED";
        } else if (!caller.sees(unit)) {
            status = 404;
            code = "LEDGER_NOT_FOUND";
        } else if (!caller.may(endpoint.right())) {
            status = 403;
            code = "FORBIDDEN";
        } else {
            status = endpoint.allowedStatus();
            code = endpoint.allowedCode();
        }
        if (endpoint.method().equals("JOURNAL") && caller != Caller.ANONYMOUS) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            JsonNode result = answer.json().path("results").get(0);
            assertThat(result.path("status").asInt()).as(answer.text()).isEqualTo(status);
            assertThat(result.path("code").asString()).as(answer.text()).isEqualTo(code);
        } else {
            assertThat(answer.status()).as(answer.text()).isEqualTo(status);
            if (code != null) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().path("code").asString()).as(answer.text()).isEqualTo(code);
            }
        }
        if (status == 401) {
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Basic realm=\"budget-ledger\"");
        }
        if (!caller.sees(OTHER)) {
            assertThat(answer.text()).doesNotContain(OTHER_NAME, OTHER_AMOUNT, OTHER_AMOUNT_WAN);
        }
    }

    static Stream<Arguments> globalCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (GlobalEndpoint endpoint : GLOBAL_ENDPOINTS) {
                cases.add(Arguments.of(caller, endpoint));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("globalCases")
    void anEndpointOfNoLedgerAnswersEachCallerAsTheTableOfRightsSays(Caller caller, GlobalEndpoint endpoint) {
        Http.Answer answer = send(client(caller), endpoint.method(), endpoint.path(), endpoint.body(),
                contentType(endpoint.method()));

        if (caller == Caller.ANONYMOUS) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(401);
            assertThat(answer.json().path("code").asString()).isEqualTo("UNAUTHENTICATED");
        } else if (endpoint.allowed().contains(caller)) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(endpoint.allowedStatus());
        } else {
            assertThat(answer.status()).as(answer.text()).isEqualTo(403);
            assertThat(answer.json().path("code").asString()).isEqualTo(endpoint.deniedCode());
        }
        if (!caller.sees(OTHER)) {
            assertThat(answer.text()).doesNotContain(OTHER_NAME, OTHER_AMOUNT, OTHER_AMOUNT_WAN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void theLedgerListShowsExactlyTheLedgersACallerMaySee(Caller caller) {
        JsonNode list = client(caller).getJson("/api/v1/ledgers");
        List<String> units = new ArrayList<>();
        list.path("ledgers").forEach(ledger -> units.add(ledger.path("unitCode").asString()));

        assertThat(units.contains(OWN)).isEqualTo(caller.sees(OWN));
        assertThat(units.contains(OTHER)).isEqualTo(caller.sees(OTHER));
        if (caller != Caller.AUDITOR_EVERYWHERE) {
            assertThat(units).allMatch(caller::sees);
        }
    }

    static Stream<Arguments> departmentCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (DepartmentEndpoint endpoint : DEPARTMENT_ENDPOINTS) {
                cases.add(Arguments.of(caller, endpoint));
            }
        }
        return cases.stream();
    }

    /** A grant on a unit does not show the department: without one on the department (or *) it does not exist. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("departmentCases")
    void aDepartmentEndpointAnswersOnlyAGrantOnTheDepartment(Caller caller, DepartmentEndpoint endpoint) {
        Http.Answer answer = send(client(caller), "GET", endpoint.path(), null, "application/json");
        if (caller == Caller.ANONYMOUS) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(401);
        } else if (caller != Caller.AUDITOR_EVERYWHERE) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(404);
            assertThat(answer.json().path("code").asString()).isEqualTo("DEPARTMENT_NOT_FOUND");
        } else {
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        }
    }

    static Stream<Caller> callers() {
        return AUTHENTICATED.stream();
    }

    private Http client(Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return http.anonymous();
        }
        return http.as(caller.username, caller == Caller.ADMIN ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD);
    }

    private static String contentType(String method) {
        return switch (method) {
            case "JOURNAL" -> "application/x-ndjson";
            case "LINT" -> "text/plain; charset=UTF-8";
            default -> "application/json";
        };
    }

    private static Http.Answer send(Http client, String method, String path, String body, String contentType) {
        String full = "/api/v1" + path;
        return switch (method) {
            case "GET" -> client.get(full);
            case "PUT" -> client.put(full, body);
            default -> client.post(full, contentType, body == null ? "" : body);
        };
    }

}
