package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clients that open a connection and then send too slowly or stop: some stall in their headers
 * (slowloris), some announce a body and send only part of it. While they hold their sockets, an
 * ordinary client's commands are all answered, and once the connection timeout has passed
 * (20 s, {@code server.tomcat.connection-timeout}) the server has closed every slow connection
 * (or answered it with a 4xx, never a 5xx), and none of the half-sent commands was recorded.
 */
class SlowClientTest extends StandaloneTestSupport {

    private static final String UNIT = "SLOW";
    private static final int STALLED_HEADERS = 20;
    private static final int PARTIAL_BODIES = 20;
    /** The configured connection timeout plus a margin for a loaded machine. */
    private static final int CLOSED_WITHIN_MS = 60_000;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void slowClientsAreCutOffWithoutBlockingOthersAndRecordNothing() throws Exception {
        LedgerScenario ledger = new LedgerScenario(http, UNIT, 2023);
        ledger.open("慢客户端测试单位");
        ledger.appropriate(LedgerScenario.basicLine("2040201"), "1000.00", "测财〔2023〕1号", "2023-01-05");
        long eventsBefore = eventCount();

        List<Socket> slow = new ArrayList<>();
        String authorization = TestUsers.basic(TestUsers.DEFAULT, TestUsers.PASSWORD);
        for (int i = 0; i < STALLED_HEADERS; i++) {
            Socket socket = openSocket();
            // The request line and part of a header, then nothing: the headers never end.
            send(socket, "POST /api/v1/ledgers/" + UNIT + "/2023/expenditures HTTP/1.1\r\nHost: localhost\r\nAuthoriz");
            slow.add(socket);
        }
        for (int i = 0; i < PARTIAL_BODIES; i++) {
            Socket socket = openSocket();
            String body = "{\"requestId\":\"slow-" + i + "\",\"line\":{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\","
                    + "\"nature\":\"BASIC\"},\"economicCode\":\"30201\",\"amount\":\"1.00\",\"voucherNo\":\"SL-" + i + "\","
                    + "\"effectiveDate\":\"2023-03-01\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            // Complete headers announcing the whole body, then all of it but the closing brace.
            send(socket, "POST /api/v1/ledgers/" + UNIT + "/2023/expenditures HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + authorization + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\n\r\n" + body.substring(0, body.length() - 1));
            slow.add(socket);
        }

        // An ordinary client is served while the slow ones hold their connections.
        for (int i = 0; i < 20; i++) {
            ledger.spend(LedgerScenario.basicLine("2040201"), "30201", "2.00", "OK-" + i, "2023-03-02");
        }

        ExecutorService readers = Executors.newFixedThreadPool(slow.size());
        try {
            List<Future<String>> endings = new ArrayList<>();
            long start = System.nanoTime();
            for (Socket socket : slow) {
                endings.add(readers.submit(() -> howItEnds(socket)));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> ending : endings) {
                outcomes.add(ending.get(CLOSED_WITHIN_MS + 5_000, TimeUnit.MILLISECONDS));
            }
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.printf("slow clients: %d connections ended after %d ms: %s%n", slow.size(), elapsedMs,
                    outcomes.stream().distinct().toList());
            assertThat(outcomes).as("each slow connection is closed or answered with a 4xx")
                    .allMatch(outcome -> outcome.equals("closed") || outcome.matches("HTTP/1\\.1 4\\d\\d.*"));
        } finally {
            readers.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }

        assertThat(eventCount()).as("only the ordinary client's 20 expenditures were recorded").isEqualTo(eventsBefore + 20);
        assertThat(http.getJson("/api/v1/ledgers/" + UNIT + "/2023/history").toString()).doesNotContain("SL-").contains("OK-19");
    }

    private Socket openSocket() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(CLOSED_WITHIN_MS);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** "closed" when the server closed the connection without answering, else the status line it sent. */
    private static String howItEnds(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int next;
            while ((next = in.read()) != -1) {
                if (next == '\n') {
                    return line.toString().trim();
                }
                line.append((char) next);
            }
            return line.isEmpty() ? "closed" : line.toString().trim();
        } catch (SocketTimeoutException e) {
            return "still open after " + CLOSED_WITHIN_MS + " ms";
        } catch (IOException e) {
            // A reset is the server closing the connection too.
            return "closed";
        }
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
