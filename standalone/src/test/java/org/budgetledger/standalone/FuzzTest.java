package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of {@code /v3/api-docs}, 1,000 requests each, with what a careless or hostile
 * client sends: random and boundary JSON, wrong types, huge and odd numbers, deep nesting, control
 * characters, invalid UTF-8, truncated and empty bodies, wrong media types, bodies of 10 MB, path
 * traversal and odd values in the path's codes and in query parameters. No answer may be a 5xx,
 * and the event store may grow only by the commands that were answered as recorded (a refused
 * request records nothing). One process, one keep-alive client per thread; the seed is printed.
 */
class FuzzTest extends StandaloneTestSupport {

    private static final int CASES_PER_ENDPOINT = 1000;
    private static final String UNIT = "FUZZ";
    private static final List<String> PATH_VALUES = List.of(UNIT, "2023", "FZ-V1", "PR-1", "fuzz-nobody", "..", "..%2F..",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e", "a%2F..%2Fb", "%00", "%0A", "%01x", "-1", "0", "99999999999999999999",
            "2147483648", "1e9", "ZZJJ", "%E5%8D%95%E4%BD%8D", "%F0%9F%92%B0", "%FF%FE", "x".repeat(300), "%20", "null", "*", "%25",
            "%3Cscript%3E", "'%20OR%201=1--");
    private static final List<String> WEIRD_STRINGS = List.of("", " ", "\u0000", "\u0001\u0002", "\n\r\t", "\u202e", "💰",
            "单位".repeat(2000), "x".repeat(70_000), "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "%s%n",
            "\ud800", "NaN", "Infinity", "-0", "2023-02-30", "2023-13-01", "0000-00-00", "9999-12-31", "1e400",
            "99999999999999999999.99", "-1.00", "0.001", "1,000.00", "１００", "0x10", "true", "null");
    private static final List<String> FIELDS = List.of("requestId", "unitCode", "unitName", "fiscalYear", "line", "amount",
            "documentNo", "effectiveDate", "note", "direction", "reason", "revenueType", "voucherNo", "economicCode", "payee",
            "description", "statistics", "category", "defaultDisposition", "dispositions", "openingBalances", "from", "to",
            "username", "displayName", "password", "currentPassword", "newPassword", "grants", "scope", "indicators",
            "indicatorCode", "actual", "grade", "command", "fund", "functionCode", "nature", "projectCode", "projectName");

    @Autowired
    JdbcTemplate jdbc;

    record Endpoint(String method, String path, List<String> queryParameters) {
        boolean admin() {
            return path.startsWith("/api/v1/users") || path.startsWith("/api/v1/admin") || path.startsWith("/api/v1/security-events");
        }

        boolean self() {
            return path.startsWith("/api/v1/me");
        }
    }

    @Test
    void noRequestOfAnyShapeAnswersA5xxOrChangesTheEventStoreWhenRefused() throws Exception {
        LedgerScenario ledger = new LedgerScenario(http, UNIT, 2023);
        ledger.open("模糊测试单位");
        ledger.appropriate(LedgerScenario.basicLine("2040201"), "1000.00", "测财〔2023〕1号", "2023-01-05");
        ledger.spend(LedgerScenario.basicLine("2040201"), "30201", "10.00", "FZ-V1", "2023-02-01");
        TestUsers.ensure(http, "fuzz-approver", UNIT + ":APPROVER");
        TestUsers.ensure(http, "fuzz-self", UNIT + ":VIEWER");
        Map<String, String> authorization = Map.of(
                "ledger", TestUsers.basic("fuzz-approver", TestUsers.PASSWORD),
                "admin", TestUsers.basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD),
                "self", TestUsers.basic("fuzz-self", TestUsers.PASSWORD));

        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(30);
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        long eventsBefore = events();
        AtomicLong recorded = new AtomicLong();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger oversizedReset = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int e = 0; e < endpoints.size(); e++) {
            Endpoint endpoint = endpoints.get(e);
            Random random = new Random(seed + e);
            pool.execute(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                String credentials = authorization.get(endpoint.admin() ? "admin" : endpoint.self() ? "self" : "ledger");
                for (int i = 0; i < CASES_PER_ENDPOINT && failures.size() < 20; i++) {
                    FuzzCase fuzz = fuzzCase(endpoint, random, i);
                    try {
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + fuzz.target()))
                                .timeout(Duration.ofSeconds(60)).header("Authorization", credentials);
                        if (fuzz.contentType() != null) {
                            request.header("Content-Type", fuzz.contentType());
                        }
                        HttpRequest.BodyPublisher body = fuzz.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(fuzz.body());
                        HttpResponse<byte[]> response = client.send(request.method(endpoint.method(), body).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        sent.incrementAndGet();
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        // minSequence beyond the ledger waits and answers 503 PROJECTION_BEHIND: the contract's answer.
                        boolean behind = response.statusCode() == 503
                                && new String(response.body(), StandardCharsets.UTF_8).contains("\"PROJECTION_BEHIND\"");
                        if (response.statusCode() >= 500 && !behind) {
                            failures.add(endpoint.method() + " " + fuzz.target() + " (" + fuzz.kind() + ") answered "
                                    + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
                        } else if (response.statusCode() < 300 && !endpoint.method().equals("GET")) {
                            recorded.addAndGet(recordedBy(response.body()));
                        }
                    } catch (IOException reset) {
                        // A body far beyond the limit is refused before it is read, and the connection closed under it.
                        if (fuzz.body() != null && fuzz.body().length > 2_000_000) {
                            sent.incrementAndGet();
                            oversizedReset.incrementAndGet();
                        } else {
                            failures.add(endpoint.method() + " " + fuzz.target() + " (" + fuzz.kind() + "): " + reset);
                        }
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (RuntimeException bug) {
                        failures.add(endpoint.method() + " " + fuzz.target() + " (" + fuzz.kind() + "): " + bug);
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        long eventsAfter = events();
        System.out.printf("FuzzTest: seed %d, %d endpoints x %d cases = %d requests in %.1f s (%.0f/s); statuses %s; "
                        + "%d oversized bodies cut off by the server; %d commands recorded, events %d -> %d%n",
                seed, endpoints.size(), CASES_PER_ENDPOINT, sent.get(), seconds, sent.get() / seconds, new TreeMap<>(statuses),
                oversizedReset.get(), recorded.get(), eventsBefore, eventsAfter);
        assertThat(failures).as("5xx answers or broken connections (seed %d)", seed).isEmpty();
        assertThat(sent.get()).isEqualTo(endpoints.size() * CASES_PER_ENDPOINT);
        assertThat(statuses).as("a body over the limit is answered 413").containsKey(413);
        assertThat(eventsAfter - eventsBefore).as("events recorded beyond the commands answered as recorded").isEqualTo(recorded.get());
        LedgerAssertions.assertLedgerConsistent(http, UNIT, 2023);
    }

    /** The operations of the API description, with their query parameters. */
    private List<Endpoint> endpoints() {
        JsonNode paths = http.getJson("/v3/api-docs").get("paths");
        List<Endpoint> endpoints = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            List<String> query = new ArrayList<>();
            operation.getValue().path("parameters").forEach(parameter -> {
                if (parameter.path("in").asString().equals("query")) {
                    query.add(parameter.path("name").asString());
                }
            });
            // Replaying every projection takes no input at all and each call rebuilds every read model: it is left out.
            if (!path.getKey().equals("/api/v1/admin/projections/replay")) {
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(), path.getKey(), query));
            }
        }));
        return endpoints;
    }

    record FuzzCase(String kind, String target, String contentType, byte[] body) {
    }

    private static FuzzCase fuzzCase(Endpoint endpoint, Random random, int i) {
        StringBuilder target = new StringBuilder();
        for (String segment : endpoint.path().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            target.append('/');
            if (segment.startsWith("{")) {
                // Mostly the right kind of value, so that the body and the query are reached too.
                target.append(random.nextInt(3) > 0 ? valid(segment) : PATH_VALUES.get(random.nextInt(PATH_VALUES.size())));
            } else {
                target.append(segment);
            }
        }
        if (!endpoint.queryParameters().isEmpty() && random.nextBoolean()) {
            target.append('?');
            for (String name : endpoint.queryParameters()) {
                if (random.nextBoolean()) {
                    target.append(name).append('=').append(encode(WEIRD_STRINGS.get(random.nextInt(WEIRD_STRINGS.size())))).append('&');
                }
            }
        }
        if (endpoint.method().equals("GET") || endpoint.method().equals("DELETE")) {
            return new FuzzCase("query", target.toString(), null, null);
        }
        boolean journal = endpoint.path().endsWith("/journal");
        String json = journal ? "application/x-ndjson" : "application/json";
        int kind = i % 12;
        return switch (kind) {
            case 0 -> new FuzzCase("random json", target.toString(), json, utf8(randomJson(random, 0)));
            case 1 -> new FuzzCase("object of wrong types", target.toString(), json, utf8(objectOfWrongTypes(random, journal)));
            case 2 -> new FuzzCase("deep nesting", target.toString(), json,
                    utf8("[".repeat(5_000 + random.nextInt(50_000)) + "1" + "]".repeat(random.nextInt(3) == 0 ? 10 : 0)));
            case 3 -> new FuzzCase("invalid utf-8", target.toString(), json, invalidUtf8(random));
            case 4 -> new FuzzCase("truncated", target.toString(), json, utf8(truncate(objectOfWrongTypes(random, journal), random)));
            case 5 -> new FuzzCase("empty", target.toString(), random.nextBoolean() ? json : null, new byte[0]);
            case 6 -> new FuzzCase("wrong media type", target.toString(),
                    List.of("text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=latin1",
                            "*/*", "application/x-www-form-urlencoded").get(random.nextInt(6)),
                    utf8(objectOfWrongTypes(random, journal)));
            case 7 -> new FuzzCase("huge numbers", target.toString(), json, utf8(hugeNumbers(random, journal)));
            case 8 -> new FuzzCase("control characters", target.toString(), json, utf8(controlCharacters(random, journal)));
            case 9 -> i % 500 == 9 ? new FuzzCase("10 MB body", target.toString(), json, tenMegabytes(random))
                    : new FuzzCase("1.5 MB body", target.toString(), json, utf8("{\"note\":\"" + "x".repeat(1_500_000) + "\"}"));
            default -> new FuzzCase("mutated object", target.toString(), json, utf8(objectOfWrongTypes(random, journal)));
        };
    }

    private static String valid(String parameter) {
        return switch (parameter) {
            case "{unit}" -> UNIT;
            case "{year}" -> "2023";
            case "{voucherNo}" -> "FZ-V1";
            case "{paymentRequestId}" -> "PR-1";
            case "{reportId}", "{id}" -> "01";
            default -> "fuzz-nobody";
        };
    }

    private static String randomJson(Random random, int depth) {
        int pick = depth > 4 ? random.nextInt(5) : random.nextInt(8);
        return switch (pick) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> Long.toString(random.nextLong());
            case 3 -> quote(WEIRD_STRINGS.get(random.nextInt(WEIRD_STRINGS.size())));
            case 4 -> List.of("1e400", "-0", "0.1", "123456789012345678901234567890", "-9223372036854775809", "1E-400")
                    .get(random.nextInt(6));
            case 5 -> {
                StringBuilder array = new StringBuilder("[");
                for (int k = random.nextInt(4); k > 0; k--) {
                    array.append(randomJson(random, depth + 1)).append(k > 1 ? "," : "");
                }
                yield array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                for (int k = random.nextInt(5); k > 0; k--) {
                    object.append(quote(FIELDS.get(random.nextInt(FIELDS.size())))).append(':').append(randomJson(random, depth + 1))
                            .append(k > 1 ? "," : "");
                }
                yield object.append('}').toString();
            }
        };
    }

    /** A command-like object: the fields commands have, each with a value of a random kind. */
    private static String objectOfWrongTypes(Random random, boolean journal) {
        StringBuilder object = new StringBuilder("{");
        if (journal) {
            object.append("\"command\":").append(quote(List.of("OpenLedger", "AppropriateFunds", "RecordExpenditure", "CloseYear",
                    "ReverseExpenditure", "Nope", "").get(random.nextInt(7)))).append(",\"unitCode\":\"" + UNIT + "\",\"fiscalYear\":2023,");
        }
        object.append("\"requestId\":").append(random.nextInt(4) == 0 ? randomJson(random, 3) : quote("fz-" + random.nextInt(1000)));
        for (int k = 0; k < 3 + random.nextInt(8); k++) {
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            String value = switch (random.nextInt(6)) {
                case 0 -> "{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"}";
                case 1 -> quote(List.of("10.00", "0.00", "-5.00", "2023-02-01", "30201", "INCREASE", "RECOVER", "OTHER",
                        "RECEPTION", "FZ-V1").get(random.nextInt(10)));
                default -> randomJson(random, 2);
            };
            object.append(',').append(quote(field)).append(':').append(value);
        }
        String line = object.append('}').toString();
        return journal && random.nextBoolean() ? line + "\n" + line + "\n\n" + randomJson(random, 1) + "\n" : line;
    }

    private static String hugeNumbers(Random random, boolean journal) {
        String number = List.of("1e400", "99999999999999999999999999999999999999", "-99999999999999999999", "1" + "0".repeat(5000),
                "0." + "0".repeat(5000) + "1", "9223372036854775808", "\"922337203685477580.70\"", "\"99999999999999999.99\"",
                "\"1e20\"").get(random.nextInt(9));
        String prefix = journal ? "\"command\":\"RecordExpenditure\",\"unitCode\":\"" + UNIT + "\",\"fiscalYear\":" + number + "," : "";
        return "{" + prefix + "\"requestId\":\"fz-huge\",\"amount\":" + number + ",\"fiscalYear\":" + number
                + ",\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},\"economicCode\":\"30201\","
                + "\"voucherNo\":\"FZ-H\",\"effectiveDate\":\"2023-02-01\",\"statistics\":{\"receptionBatches\":" + number + "}}";
    }

    private static String controlCharacters(Random random, boolean journal) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            text.append((char) random.nextInt(32));
        }
        String raw = text.toString();
        String prefix = journal ? "\"command\":\"RecordExpenditure\",\"unitCode\":\"" + UNIT + "\",\"fiscalYear\":2023," : "";
        // Raw control characters inside a JSON string are invalid JSON; escaped ones are valid and must be refused as values.
        return random.nextBoolean()
                ? "{" + prefix + "\"requestId\":\"" + raw + "\",\"payee\":\"" + raw + "\"}"
                : "{" + prefix + "\"requestId\":" + quote("fz" + raw) + ",\"voucherNo\":" + quote(raw) + ",\"amount\":\"1.00\","
                        + "\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"},"
                        + "\"economicCode\":\"30201\",\"effectiveDate\":\"2023-02-01\",\"payee\":" + quote(raw) + "}";
    }

    private static byte[] invalidUtf8(Random random) {
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF8};
        byte[] start = utf8("{\"requestId\":\"fz-");
        byte[] end = utf8("\",\"payee\":\"x\"}");
        byte[] body = new byte[start.length + 4 + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        for (int k = 0; k < 4; k++) {
            body[start.length + k] = bad[random.nextInt(bad.length)];
        }
        System.arraycopy(end, 0, body, start.length + 4, end.length);
        return body;
    }

    private static byte[] tenMegabytes(Random random) {
        byte[] body = new byte[10 * 1024 * 1024];
        byte[] start = utf8("{\"requestId\":\"fz-big\",\"note\":\"");
        System.arraycopy(start, 0, body, 0, start.length);
        for (int k = start.length; k < body.length - 2; k++) {
            body[k] = (byte) ('a' + random.nextInt(26));
        }
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    private static String truncate(String json, Random random) {
        return json.substring(0, random.nextInt(Math.max(1, json.length())));
    }

    /** How many commands an accepted answer says it recorded: not a duplicate's, a journal's applied lines. */
    private static long recordedBy(byte[] body) {
        try {
            JsonNode answer = Http.JSON.readTree(body);
            if (answer.has("summary")) {
                return answer.get("summary").get("applied").asLong();
            }
            return answer.has("duplicate") && !answer.get("duplicate").asBoolean() ? 1 : 0;
        } catch (RuntimeException notJson) {
            return 0;
        }
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static String quote(String text) {
        return Http.JSON.writeValueAsString(text);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
