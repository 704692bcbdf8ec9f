import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The load generator of bench/run, run as a single source file (JEP 330): {@code java bench/LoadGenerator.java …}.
 * Talks to a running budget-ledger over HTTP (JDK HttpClient, platform threads, HTTP Basic), runs pgbench
 * side by side for the raw baseline, prints one table, writes a CSV and a PNG chart (AWT, headless).
 * It asserts nothing: every figure is printed with its target.
 */
public class LoadGenerator {

    static final int YEAR = 2025;
    static final String USER = "bench-approver";
    static final String BASIC_LINE = "{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"2040201\",\"nature\":\"BASIC\"}";
    static final AtomicLong IDS = new AtomicLong();
    static final Pattern SEQUENCE = Pattern.compile("\"sequence\"\\s*:\\s*(\\d+)");
    static final Pattern SUMMARY = Pattern.compile("\"summary\"\\s*:\\s*\\{\"applied\"\\s*:\\s*(\\d+)\\s*,\\s*\"duplicates\"\\s*:\\s*(\\d+)\\s*,\\s*\"rejected\"\\s*:\\s*(\\d+)");

    // settings
    static String base;
    static String adminAuth;
    static String auth;
    static long pid;
    static String db;
    static String pgHost = "127.0.0.1";
    static int pgPort = 5432;
    static int warmup = 20;
    static int duration = 20;
    static List<Long> sizes = new ArrayList<>(List.of(10_000L, 100_000L));
    static boolean full;
    static int readEntries = 20_000;
    static int querySamples = 50;
    static Path results = Path.of("bench/results");
    static String stamp = "run";
    static Path jfr;
    static String note = "";

    // output
    static final List<String[]> table = new ArrayList<>();
    static final List<Point> flat = new ArrayList<>();
    static final List<String> csv = new ArrayList<>();
    static int fillLedgers;

    record Point(long storeEvents, double throughput, double p50, double p99, double rssMiB) {}

    record Run(String label, int clients, long count, long errors, double seconds, long[] latenciesNanos, long maxSequence,
            String firstError) {
        double throughput() { return count / seconds; }
        double p(double q) { return percentile(latenciesNanos, q); }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i];
                case "--admin-password" -> adminAuth = basic("admin", args[++i]);
                case "--pid" -> pid = Long.parseLong(args[++i]);
                case "--db" -> db = args[++i];
                case "--pg-host" -> pgHost = args[++i];
                case "--pg-port" -> pgPort = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).filter(s -> !s.isBlank()).map(Long::parseLong).toList();
                case "--full" -> full = true;
                case "--read-entries" -> readEntries = Integer.parseInt(args[++i]);
                case "--query-samples" -> querySamples = Integer.parseInt(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--stamp" -> stamp = args[++i];
                case "--jfr" -> jfr = Path.of(args[++i]);
                case "--note" -> note = args[++i];
                case "--print-profile" -> { printProfile(Path.of(args[++i])); return; }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (full && !sizes.contains(1_000_000L)) {
            List<Long> withMillion = new ArrayList<>(sizes);
            withMillion.add(1_000_000L);
            sizes = withMillion;
        }
        Files.createDirectories(results);
        long started = System.nanoTime();
        Thread partial = new Thread(() -> {
            System.out.println("\n(interrupted: the figures measured so far)");
            printTable((System.nanoTime() - started) / 1e9);
            try { writeCsv(); } catch (IOException e) { /* nothing more to do */ }
        });
        Runtime.getRuntime().addShutdownHook(partial);
        setUp();

        log("warm-up: %d s, 8 clients on 8 ledgers", warmup);
        closed("warm-up", perClient(8), warmup, false);

        // 1. side by side: pgbench, then the service at the same concurrency
        Map<Integer, Double> raw = new LinkedHashMap<>();
        for (int clients : new int[] {1, 8, 32}) {
            double tps = pgbench(clients, duration);
            raw.put(clients, tps);
            row("raw PostgreSQL single-row INSERT commits/s, " + clients + " client(s) (pgbench)", "baseline", fmt(tps, 0) + "/s", "");
            Run shared = closed(clients + " clients, 1 shared ledger", shared(clients), duration, true);
            commandRow(shared, "1", tps);
            if (clients == 1) {
                continue; // one client on one ledger: "per client" is the same run
            }
            boolean profile = clients == 8 && jfr != null;
            if (profile) {
                jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + jfr.toAbsolutePath());
            }
            Run own = closed(clients + " clients, 1 ledger per client", perClient(clients), duration, true);
            if (profile) {
                jcmd("JFR.stop", "name=bench");
            }
            commandRow(own, String.valueOf(clients), tps);
        }

        // 2. open loop at 100 requests/s
        Run fixed = fixedRate(100, duration, perClient(8));
        row("command p99 at a fixed 100 requests/s (open loop, from the scheduled time; " + fixed.count() + " sent, "
                + fixed.errors() + " errors)", "< 20 ms", ms(fixed.p(0.99)) + " (p50 " + ms(fixed.p(0.50)) + ")",
                met(fixed.p(0.99) / 1e6 < 20));
        csvRow("fixed-rate 100/s", storeEvents(), fixed.throughput(), fixed.p(0.5), fixed.p(0.99), rssMiB());

        // 3. flat cost: the 8-client, 8-ledger measurement at growing store sizes (a run of its own: no JFR)
        flatPoint(closed("8 clients, 1 ledger per client (store " + storeEvents() + ")", perClient(8), duration, true));
        boolean readDone = false;
        for (long size : sizes) {
            long now = storeEvents();
            if (!readDone && size > readEntries) {
                readSide();
                readDone = true;
                now = storeEvents();
                flatPoint(closed("8 clients, 1 ledger per client (store " + now + ")", perClient(8), duration, true));
                now = storeEvents();
            }
            if (now < size) {
                grow(size - now);
            }
            flatPoint(closed("8 clients, 1 ledger per client (store " + storeEvents() + ")", perClient(8), duration, true));
        }
        if (!readDone) {
            readSide();
            flatPoint(closed("8 clients, 1 ledger per client (store " + storeEvents() + ")", perClient(8), duration, true));
        }
        if (storeEvents() < 1_000_000) {
            row("flat cost at 1M events", "within 20 %", "not measured (run with --full or --sizes …,1000000)", "");
        }
        Point first = flat.get(0);
        for (Point p : flat) {
            double ratio = p.throughput() / first.throughput();
            double p99ratio = p.p99() / first.p99();
            row("flat cost: 8 clients, 8 ledgers at " + String.format(Locale.ROOT, "%,d", p.storeEvents()) + " events in the store",
                    "within 20 % of the first", fmt(p.throughput(), 0) + "/s, p99 " + fmt(p.p99(), 1) + " ms",
                    "tput ×" + fmt(ratio, 2) + ", p99 ×" + fmt(p99ratio, 2) + " " + met(Math.abs(ratio - 1) <= 0.2 && Math.abs(p99ratio - 1) <= 0.2));
        }
        for (Point p : flat) {
            row("RSS of the java process at " + String.format(Locale.ROOT, "%,d", p.storeEvents()) + " events",
                    "< 1 GiB (at 1M)", fmt(p.rssMiB(), 0) + " MiB", met(p.rssMiB() < 1024));
        }
        replay();

        Runtime.getRuntime().removeShutdownHook(partial);
        printTable((System.nanoTime() - started) / 1e9);
        writeCsv();
        chart();
    }

    // ---------------------------------------------------------------- set-up

    static void setUp() throws Exception {
        String password = "bench-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        HttpClient http = client();
        String created = send(http, "POST", "/api/v1/users", adminAuth,
                "{\"username\":\"" + USER + "\",\"displayName\":\"bench approver\",\"password\":\"" + password + "\"}");
        String granted = send(http, "PUT", "/api/v1/users/" + USER + "/grants", adminAuth,
                "{\"grants\":[{\"unitCode\":\"*\",\"role\":\"APPROVER\"}]}");
        log("user %s: %s / grants: %s", USER, abbreviate(created), abbreviate(granted));
        auth = basic(USER, password);
        List<String> units = new ArrayList<>(perClient(32));
        units.add("BSH");
        for (String unit : units) {
            openWithBudget(http, unit, List.of(BASIC_LINE));
        }
        log("opened %d ledgers with a basic line each, store: %d events", units.size(), storeEvents());
    }

    static void openWithBudget(HttpClient http, String unit, List<String> lines) throws Exception {
        send(http, "POST", "/api/v1/ledgers", auth, "{\"requestId\":\"open-" + unit + "\",\"unitCode\":\"" + unit
                + "\",\"unitName\":\"基准测试 " + unit + "\",\"fiscalYear\":" + YEAR + "}");
        int i = 0;
        for (String line : lines) {
            send(http, "POST", "/api/v1/ledgers/" + unit + "/" + YEAR + "/appropriations", auth, "{\"requestId\":\"a-" + unit + "-"
                    + (i++) + "\",\"line\":" + line + ",\"amount\":\"900000000.00\",\"documentNo\":\"预-" + unit
                    + "\",\"effectiveDate\":\"" + YEAR + "-01-05\"}");
        }
    }

    static List<String> shared(int clients) {
        List<String> l = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            l.add("BSH");
        }
        return l;
    }

    static List<String> perClient(int clients) {
        List<String> l = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            l.add(String.format("BC%02d", c));
        }
        return l;
    }

    // ---------------------------------------------------------------- measurements

    static String expenditure(String line, String date) {
        long id = IDS.incrementAndGet();
        return "{\"requestId\":\"b" + stamp.replaceAll("[^0-9]", "") + "-" + id + "\",\"line\":" + line
                + ",\"economicCode\":\"30201\",\"amount\":\"0.01\",\"effectiveDate\":\"" + date + "\",\"voucherNo\":\"V-" + id + "\"}";
    }

    /** Closed loop: each client sends its next expenditure when the last is answered; 1 s unrecorded ramp. */
    static Run closed(String label, List<String> ledgers, int seconds, boolean record) throws Exception {
        int clients = ledgers.size();
        long rampNanos = record ? 1_000_000_000L : 0;
        long begin = System.nanoTime();
        long from = begin + rampNanos;
        long until = from + seconds * 1_000_000_000L;
        long[][] lat = new long[clients][];
        int[] counts = new int[clients];
        long[] errors = new long[clients];
        long[] maxSeq = new long[clients];
        String[] firstError = new String[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int me = c;
            String path = "/api/v1/ledgers/" + ledgers.get(c) + "/" + YEAR + "/expenditures";
            threads[c] = new Thread(() -> {
                HttpClient http = client();
                long[] mine = new long[1 << 14];
                int n = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= until) {
                        break;
                    }
                    HttpResponse<String> answer;
                    try {
                        answer = http.send(post(path, expenditure(BASIC_LINE, YEAR + "-03-01")), HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        errors[me]++;
                        if (firstError[me] == null) firstError[me] = e.toString();
                        continue;
                    }
                    long t1 = System.nanoTime();
                    if (answer.statusCode() / 100 != 2) {
                        errors[me]++;
                        if (firstError[me] == null) firstError[me] = answer.statusCode() + " " + abbreviate(answer.body());
                        continue;
                    }
                    Matcher m = SEQUENCE.matcher(answer.body());
                    if (m.find()) {
                        maxSeq[me] = Math.max(maxSeq[me], Long.parseLong(m.group(1)));
                    }
                    if (t1 >= from && t1 < until) { // answered inside the window
                        if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                        mine[n++] = t1 - t0;
                    }
                }
                lat[me] = Arrays.copyOf(mine, n);
                counts[me] = n;
            }, "client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = Arrays.stream(lat).flatMapToLong(Arrays::stream).sorted().toArray();
        Run run = new Run(label, clients, all.length, Arrays.stream(errors).sum(), seconds, all,
                Arrays.stream(maxSeq).max().orElse(0), Arrays.stream(firstError).filter(e -> e != null).findFirst().orElse(null));
        if (record) {
            log("%-48s %7.1f commands/s  p50 %6.1f ms  p99 %6.1f ms  errors %d  load %s%s", label, run.throughput(), run.p(0.5) / 1e6,
                    run.p(0.99) / 1e6, run.errors(), loadAverage(), run.firstError() == null ? "" : " (first: " + run.firstError() + ")");
        } else {
            log("%-48s %7.1f commands/s (not recorded)%s", label, all.length / (double) (seconds), run.firstError() == null ? "" : " (first error: " + run.firstError() + ")");
        }
        return run;
    }

    /** Open loop: a send every 1/rate s from its scheduled time, latency measured from that time. */
    static Run fixedRate(int rate, int seconds, List<String> ledgers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        HttpClient http = client();
        long interval = 1_000_000_000L / rate;
        int total = (rate * (seconds + 1));
        int skip = rate; // the first second is not recorded
        long[] lat = new long[total];
        long[] errors = new long[1];
        String[] firstError = new String[1];
        long t0 = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long scheduled = t0 + i * interval;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int me = i;
            String path = "/api/v1/ledgers/" + ledgers.get(i % ledgers.size()) + "/" + YEAR + "/expenditures";
            pool.execute(() -> {
                try {
                    HttpResponse<String> answer = http.send(post(path, expenditure(BASIC_LINE, YEAR + "-03-01")), HttpResponse.BodyHandlers.ofString());
                    lat[me] = System.nanoTime() - scheduled;
                    if (answer.statusCode() / 100 != 2) {
                        synchronized (errors) { errors[0]++; if (firstError[0] == null) firstError[0] = answer.statusCode() + " " + abbreviate(answer.body()); }
                    }
                } catch (Exception e) {
                    lat[me] = System.nanoTime() - scheduled;
                    synchronized (errors) { errors[0]++; if (firstError[0] == null) firstError[0] = e.toString(); }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        long[] recorded = Arrays.stream(Arrays.copyOfRange(lat, skip, total)).sorted().toArray();
        Run run = new Run("fixed " + rate + "/s", 0, recorded.length, errors[0], seconds, recorded, 0, firstError[0]);
        log("%-48s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  errors %d", "open loop at " + rate + " requests/s", run.p(0.5) / 1e6,
                run.p(0.99) / 1e6, recorded.length == 0 ? 0 : recorded[recorded.length - 1] / 1e6, errors[0]);
        return run;
    }

    static double pgbench(int clients, int seconds) throws Exception {
        psql("CREATE TABLE IF NOT EXISTS bench_raw (id bigserial PRIMARY KEY, v integer NOT NULL)");
        Path script = results.resolve(stamp + "-insert.sql");
        Files.writeString(script, "INSERT INTO bench_raw (v) VALUES (1);\n");
        String out = run(List.of("pgbench", "-n", "-h", pgHost, "-p", String.valueOf(pgPort), "-U", "postgres", "-c",
                String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)), "-T", String.valueOf(seconds), "-f",
                script.toString(), db));
        Files.deleteIfExists(script);
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench said: " + out);
        }
        double tps = Double.parseDouble(m.group(1));
        Matcher lat = Pattern.compile("latency average = ([0-9.]+) ms").matcher(out);
        log("%-48s %7.1f commits/s%s", "pgbench " + clients + " client(s)", tps, lat.find() ? "  latency average " + lat.group(1) + " ms" : "");
        return tps;
    }

    static void commandRow(Run run, String ledgers, double raw) {
        double ratio = run.throughput() / raw;
        row("HTTP expenditures/s, " + run.clients() + " client(s), " + ledgers + " ledger(s)" + (run.errors() > 0 ? " (" + run.errors() + " errors)" : ""),
                "≥ 0.5 × raw", fmt(run.throughput(), 1) + "/s (p50 " + ms(run.p(0.5)) + ", p99 " + ms(run.p(0.99)) + ")",
                fmt(ratio, 3) + " " + met(ratio >= 0.5));
        csvRow(run.label(), -1, run.throughput(), run.p(0.5), run.p(0.99), -1);
    }

    static void flatPoint(Run run) throws Exception {
        Point p = new Point(storeEvents(), run.throughput(), run.p(0.5) / 1e6, run.p(0.99) / 1e6, rssMiB());
        flat.add(p);
        csvRow("flat cost 8x8", p.storeEvents(), p.throughput(), run.p(0.5), run.p(0.99), p.rssMiB());
    }

    /** Grows the store by about {@code events} expenditures through the journal, in files of at most 100k lines. */
    static void grow(long events) throws Exception {
        String unit = "BF" + (++fillLedgers);
        openWithBudget(client(), unit, List.of(BASIC_LINE));
        long left = events - 2;
        while (left > 0) {
            int n = (int) Math.min(left, 100_000);
            List<String> lines = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                lines.add(journalLine(unit, BASIC_LINE, "30201", "0.01", YEAR + "-03-01"));
            }
            journal(lines, "fill " + unit);
            left -= n;
        }
    }

    static String journalLine(String unit, String line, String economicCode, String amount, String date) {
        long id = IDS.incrementAndGet();
        return "{\"command\":\"RecordExpenditure\",\"unitCode\":\"" + unit + "\",\"fiscalYear\":" + YEAR + ",\"requestId\":\"j-" + id
                + "\",\"line\":" + line + ",\"economicCode\":\"" + economicCode + "\",\"amount\":\"" + amount
                + "\",\"effectiveDate\":\"" + date + "\",\"voucherNo\":\"J-" + id + "\"}";
    }

    static void journal(List<String> lines, String what) throws Exception {
        byte[] body = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/journal")).timeout(Duration.ofHours(2))
                .header("Authorization", auth).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> answer = client().send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Matcher m = SUMMARY.matcher(answer.body());
        String summary = m.find() ? "applied " + m.group(1) + ", duplicates " + m.group(2) + ", rejected " + m.group(3) : "status " + answer.statusCode() + " " + abbreviate(answer.body());
        double rate = lines.size() / seconds;
        log("journal %-20s %,8d lines in %6.1f s = %7.0f lines/s (%s), store now %,d events", what, lines.size(), seconds, rate, summary, storeEvents());
        row("bulk journal: " + String.format(Locale.ROOT, "%,d", lines.size()) + "-line file (" + what + "), lines/s",
                "≥ 5,000 lines/s (100k-line file)", fmt(rate, 0) + " lines/s in " + fmt(seconds, 1) + " s", met(rate >= 5000));
        csvRow("journal " + what + " " + lines.size() + " lines", storeEvents(), rate, -1, -1, rssMiB());
    }

    /** A 20,000-entry ledger on 50 lines: query p50/p99 and the read side's lag at full load. */
    static void readSide() throws Exception {
        String unit = "BREAD";
        String[] functionCodes = {"2040201", "2040202", "2040219", "2040220", "2040299"};
        String[] economicCodes = {"30201", "30205", "30206", "30207", "30209", "30211", "30213", "30226"};
        List<String> budgetLines = new ArrayList<>();
        for (String code : functionCodes) {
            budgetLines.add("{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"" + code + "\",\"nature\":\"BASIC\"}");
            for (int p = 1; p <= 9; p++) {
                budgetLines.add("{\"fund\":\"GENERAL_BUDGET\",\"functionCode\":\"" + code + "\",\"nature\":\"PROJECT\",\"projectCode\":\"B"
                        + code + "-" + p + "\",\"projectName\":\"基准项目" + code + "-" + p + "\"}");
            }
        }
        openWithBudget(client(), unit, budgetLines);
        List<String> lines = new ArrayList<>(readEntries);
        int n = readEntries - budgetLines.size() - 1;
        for (int i = 0; i < n; i++) {
            String date = String.format(Locale.ROOT, "%d-%02d-%02d", YEAR, 1 + (i * 12 / n), 1 + i % 28);
            long fen = 100 + (i * 7919L) % 500_000;
            String line = budgetLines.get(i % budgetLines.size()).replaceAll(",\"projectName\":\"[^\"]*\"", "");
            lines.add(journalLine(unit, line, economicCodes[i % economicCodes.length], fen / 100 + "." + String.format("%02d", fen % 100), date));
        }
        journal(lines, "read ledger " + unit);
        String path = "/api/v1/ledgers/" + unit + "/" + YEAR;
        HttpClient http = client();
        // wait until the read side has the whole ledger
        long seq = 0;
        for (int i = 0; i < 600; i++) {
            Matcher m = SEQUENCE.matcher(send(http, "GET", path, auth, null));
            seq = m.find() ? Long.parseLong(m.group(1)) : 0;
            if (seq >= readEntries) break;
            Thread.sleep(500);
        }
        log("read ledger %s: %d entries on the read side", unit, seq);
        String[][] queries = {
                {"GET …/reports/01", path + "/reports/01", "50"},
                {"GET …/lines", path + "/lines", "50"},
                {"GET …/history?type=SPEND (unpaged: the whole filtered history)", path + "/history?type=SPEND", "50"},
                {"GET …/history?type=SPEND&page=0&size=50 (one page)", path + "/history?type=SPEND&page=0&size=50", "50"},
                {"GET …/history?functionCode=2040219&projectCode=B2040219-3", path + "/history?functionCode=2040219&projectCode=B2040219-3", "50"},
                {"GET …/lines?asOf=" + YEAR + "-06-30", path + "/lines?asOf=" + YEAR + "-06-30", "200"},
        };
        for (String[] q : queries) {
            long[] t = new long[querySamples];
            int status = 0;
            long bytes = 0;
            for (int i = -3; i < querySamples; i++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + q[1])).timeout(Duration.ofMinutes(2))
                        .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                long dt = System.nanoTime() - t0;
                status = r.statusCode();
                bytes = r.body().length;
                if (i >= 0) t[i] = dt;
            }
            Arrays.sort(t);
            double p99 = percentile(t, 0.99) / 1e6;
            log("%-60s p50 %7.1f ms  p99 %7.1f ms  (%d, %,d bytes)", q[0], percentile(t, 0.5) / 1e6, p99, status, bytes);
            row(q[0] + " on a " + String.format(Locale.ROOT, "%,d", seq) + "-entry ledger (" + querySamples + " samples, status " + status + ", " + (bytes / 1024) + " KiB)",
                    "p99 < " + q[2] + " ms", "p50 " + ms(percentile(t, 0.5)) + ", p99 " + fmt(p99, 1) + " ms", met(status == 200 && p99 < Double.parseDouble(q[2])));
            csvRow(q[0], storeEvents(), -1, percentile(t, 0.5), percentile(t, 0.99), -1);
        }
        // lag at full load: 8 clients on this ledger, a 9th sends one at a time and asks for its sequence
        long[] lags = new long[4096];
        int[] nLag = new int[1];
        boolean[] stop = new boolean[1];
        Thread prober = new Thread(() -> {
            HttpClient probe = client();
            while (!stop[0] && nLag[0] < lags.length) {
                try {
                    HttpResponse<String> a = probe.send(post(path + "/expenditures", expenditure(BASIC_LINE, YEAR + "-12-01")), HttpResponse.BodyHandlers.ofString());
                    Matcher m = SEQUENCE.matcher(a.body());
                    if (!m.find()) continue;
                    long t0 = System.nanoTime();
                    probe.send(HttpRequest.newBuilder(URI.create(base + path + "?minSequence=" + m.group(1))).header("Authorization", auth)
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    lags[nLag[0]++] = System.nanoTime() - t0;
                } catch (Exception e) {
                    // counted by the absence of a sample
                }
            }
        });
        prober.start();
        Run load = closed("8 clients on the 20k-entry ledger (lag run)", shared(8).stream().map(s -> unit).toList(), duration, true);
        stop[0] = true;
        prober.join();
        long t0 = System.nanoTime();
        String answer = send(http, "GET", path + "?minSequence=" + load.maxSequence(), auth, null);
        double finalLag = (System.nanoTime() - t0) / 1e6;
        long[] l = Arrays.stream(Arrays.copyOf(lags, nLag[0])).sorted().toArray();
        log("lag: after the load's last answer (sequence %d) %.1f ms; under load p50 %.1f ms p99 %.1f ms (%d probes)",
                load.maxSequence(), finalLag, percentile(l, 0.5) / 1e6, percentile(l, 0.99) / 1e6, l.length);
        row("read side lag: GET …/ledgers/{u}/{y}?minSequence=<last answer's sequence> after 8 clients at full load ("
                + fmt(load.throughput(), 0) + " commands/s on this ledger)", "keeps up (printed)", fmt(finalLag, 1) + " ms"
                + (answer.contains("PROJECTION_BEHIND") ? " (503 PROJECTION_BEHIND)" : ""), "");
        row("read side lag under that load: command answer → minSequence GET answered (" + l.length + " probes)", "keeps up (printed)",
                "p50 " + ms(percentile(l, 0.5)) + ", p99 " + ms(percentile(l, 0.99)), "");
        csvRow("lag after load", storeEvents(), -1, finalLag * 1e6, finalLag * 1e6, -1);
    }

    // ---------------------------------------------------------------- output

    /**
     * The rebuild: the admin replays the ledger-entries projection (the call returns when it has
     * caught up again) over the store as it is; events/s against the target, which is stated for 1M.
     */
    static void replay() throws Exception {
        long events = storeEvents();
        double rawSeconds = rawRebuildSeconds();
        double rawRate = events / rawSeconds;
        log("raw scan-and-upsert in SQL over %,d events: %.1f s = %.0f events/s", events, rawSeconds, rawRate);
        row("raw rebuild in SQL: scan the store, parse every payload, insert one row per event, upsert the line totals",
                "baseline", fmt(rawRate, 0) + " events/s in " + fmt(rawSeconds, 1) + " s", "");
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/projections/ledger-entries/replay"))
                .timeout(Duration.ofMinutes(40)).header("Authorization", adminAuth).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> answer = client().send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("replay answered " + answer.statusCode() + ": " + abbreviate(answer.body()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = events / seconds;
        log("replay of ledger-entries over %,d events: %.1f s = %.0f events/s", events, seconds, rate);
        row("rebuild: replay of the ledger-entries projection over " + String.format(Locale.ROOT, "%,d", events)
                + " events (target stated for 1M)", "≥ 25,000 events/s and ≥ 0.5 × raw",
                fmt(rate, 0) + " events/s in " + fmt(seconds, 1) + " s",
                "ratio " + fmt(rate / rawRate, 3) + " " + met(rate >= 25_000 && rate >= 0.5 * rawRate));
    }

    /**
     * What the database alone takes to rebuild rows like the projection's from the store: one scan of
     * {@code domain_event_entry}, every payload parsed as JSON, one row per event into a copy of
     * {@code ledger_entry} (with its indexes), then the line totals upserted into a copy of
     * {@code line_total}; in a transaction that is rolled back. Set-based, so it is the bound a
     * row-at-a-time projection is compared with.
     */
    static double rawRebuildSeconds() throws Exception {
        String sql = """
                BEGIN;
                CREATE TEMP TABLE raw_entry (LIKE ledger_entry INCLUDING DEFAULTS INCLUDING INDEXES);
                CREATE TEMP TABLE raw_total (LIKE line_total INCLUDING INDEXES);
                WITH ev AS (SELECT e.global_index, e.aggregate_identifier AS ledger_id, e.sequence_number + 1 AS seq,
                        substring(e.payload_type from '[^.]+$') AS entry_type, convert_from(e.payload, 'UTF8')::jsonb AS j
                    FROM domain_event_entry e)
                INSERT INTO raw_entry (id, ledger_id, sequence, entry_type, movement, effective_date, recorded_at, recorded_by,
                    request_id, voucher_no, reason, fund, function_code, nature, project_code, project_name, economic_code,
                    payee, amount_fen)
                SELECT global_index, ledger_id, seq, entry_type, left(entry_type, 32),
                    coalesce((j->>'effectiveDate')::date, DATE '2000-01-01'), coalesce((j->>'recordedAt')::timestamptz, now()),
                    j->>'recordedBy', coalesce(j->>'requestId', ''), j->>'voucherNo', left(j->>'description', 1000),
                    j->'line'->>'fund', j->'line'->>'functionCode', j->'line'->>'nature', j->'line'->>'projectCode',
                    left(j->'line'->>'projectName', 500), j->>'economicCode', left(j->>'payee', 500),
                    coalesce((j->>'amountFen')::bigint, 0)
                FROM ev;
                INSERT INTO raw_total (ledger_id, fund, function_code, nature, project_code, project_name, movement,
                    balance_kind, revenue_type, economic_code, amount_fen, reception_batches, reception_guests,
                    vehicles_purchased, first_sequence, first_entry_id)
                SELECT ledger_id, fund, function_code, nature, project_code, max(project_name), movement, NULL, NULL,
                    economic_code, sum(amount_fen), 0, 0, 0, min(sequence), min(id)
                FROM raw_entry WHERE fund IS NOT NULL GROUP BY ledger_id, fund, function_code, nature, project_code, movement, economic_code
                ON CONFLICT (ledger_id, fund, function_code, nature, project_code, movement, balance_kind, revenue_type,
                    economic_code) DO UPDATE SET amount_fen = raw_total.amount_fen + EXCLUDED.amount_fen;
                ROLLBACK;
                """;
        long start = System.nanoTime();
        run(List.of("psql", "-h", pgHost, "-p", String.valueOf(pgPort), "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1",
                "-qAt", "-c", sql));
        return (System.nanoTime() - start) / 1e9;
    }

    static void row(String figure, String target, String measured, String ratio) {
        table.add(new String[] {figure, target, measured, ratio});
    }

    static void csvRow(String what, long store, double throughput, double p50Nanos, double p99Nanos, double rss) {
        csv.add(String.join(",", quote(what), store < 0 ? "" : String.valueOf(store), throughput < 0 ? "" : fmt(throughput, 2),
                p50Nanos < 0 ? "" : fmt(p50Nanos / 1e6, 2), p99Nanos < 0 ? "" : fmt(p99Nanos / 1e6, 2), rss < 0 ? "" : fmt(rss, 1)));
    }

    static void printTable(double seconds) {
        int[] w = {6, 6, 8, 9};
        for (String[] r : table) for (int i = 0; i < 4; i++) w[i] = Math.max(w[i], r[i].length());
        w[0] = Math.min(w[0], 110);
        StringBuilder out = new StringBuilder("\n=== budget-ledger benchmark " + stamp + " (" + note + "), "
                + String.format(Locale.ROOT, "%.0f", seconds) + " s ===\n");
        String fmtRow = "| %-" + w[0] + "s | %-" + w[1] + "s | %-" + w[2] + "s | %-" + w[3] + "s |%n";
        out.append(String.format(fmtRow, "figure", "target", "measured", "ratio / met?"));
        out.append("|").append("-".repeat(w[0] + 2)).append("|").append("-".repeat(w[1] + 2)).append("|").append("-".repeat(w[2] + 2))
                .append("|").append("-".repeat(w[3] + 2)).append("|\n");
        for (String[] r : table) out.append(String.format(fmtRow, (Object[]) r));
        System.out.println(out);
    }

    static void writeCsv() throws IOException {
        Path tableCsv = results.resolve(stamp + ".csv");
        List<String> lines = new ArrayList<>();
        lines.add("# budget-ledger bench " + stamp + " (" + note + ")");
        lines.add("figure,target,measured,ratio_met");
        for (String[] r : table) lines.add(String.join(",", quote(r[0]), quote(r[1]), quote(r[2]), quote(r[3])));
        lines.add("");
        lines.add("series,store_events,throughput_per_s,p50_ms,p99_ms,rss_mib");
        lines.addAll(csv);
        Files.write(tableCsv, lines);
        log("wrote %s", tableCsv);
    }

    static void chart() throws IOException {
        System.setProperty("java.awt.headless", "true");
        int width = 1100, height = 470;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("budget-ledger bench " + stamp + ": 8 clients, 8 ledgers (0.01 expenditures over HTTP) against events in the store", 20, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(note, 20, 40);
        panel(g, 60, 70, 460, 330, "throughput (expenditures/s)", flat.stream().mapToDouble(Point::throughput).toArray(), new Color(30, 90, 200));
        panel(g, 600, 70, 460, 330, "p99 latency (ms)", flat.stream().mapToDouble(Point::p99).toArray(), new Color(200, 60, 30));
        g.dispose();
        Path png = results.resolve(stamp + ".png");
        ImageIO.write(image, "png", png.toFile());
        log("wrote %s", png);
    }

    static void panel(Graphics2D g, int x, int y, int w, int h, String title, double[] values, Color color) {
        long[] store = flat.stream().mapToLong(Point::storeEvents).toArray();
        double max = Arrays.stream(values).max().orElse(1) * 1.2;
        if (max <= 0) max = 1;
        double lx0 = Math.log10(Math.max(1, Arrays.stream(store).min().orElse(1))) - 0.2;
        double lx1 = Math.log10(Math.max(10, Arrays.stream(store).max().orElse(10))) + 0.2;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.drawString(title, x, y - 8);
        g.drawRect(x, y, w, h);
        for (int i = 0; i <= 5; i++) {
            int yy = y + h - i * h / 5;
            g.setColor(new Color(225, 225, 225));
            g.drawLine(x + 1, yy, x + w - 1, yy);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.0f", max * i / 5), x - 45, yy + 4);
        }
        for (int e = (int) Math.ceil(lx0); e <= lx1; e++) {
            int xx = x + (int) ((e - lx0) / (lx1 - lx0) * w);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(xx, y + 1, xx, y + h - 1);
            g.setColor(Color.BLACK);
            g.drawString(e >= 6 ? (long) Math.pow(10, e - 6) + "M" : e >= 3 ? (long) Math.pow(10, e - 3) + "k" : String.valueOf((long) Math.pow(10, e)), xx - 10, y + h + 16);
        }
        g.drawString("events in the store (log scale)", x + w / 2 - 80, y + h + 34);
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        int px = -1, py = -1;
        for (int i = 0; i < values.length; i++) {
            int xx = x + (int) ((Math.log10(Math.max(1, store[i])) - lx0) / (lx1 - lx0) * w);
            int yy = y + h - (int) (values[i] / max * h);
            g.fillOval(xx - 4, yy - 4, 8, 8);
            if (px >= 0) g.drawLine(px, py, xx, yy);
            g.drawString(String.format(Locale.ROOT, "%.1f", values[i]), xx + 6, yy - 6);
            px = xx;
            py = yy;
        }
    }

    /** Top 15 stack tops of jdk.ExecutionSample, and every sample attributed to its first non-JDK frame's component. */
    static void printProfile(Path recording) throws Exception {
        Path text = Path.of(recording + ".samples.txt");
        Process p = new ProcessBuilder("jfr", "print", "--stack-depth", "96", "--events", "jdk.ExecutionSample", recording.toString())
                .redirectOutput(text.toFile()).redirectErrorStream(false).start();
        p.waitFor();
        Map<String, Integer> tops = new HashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        Map<String, Integer> ourFrames = new HashMap<>();
        int samples = 0;
        List<String> stack = new ArrayList<>();
        boolean inStack = false;
        try (BufferedReader in = Files.newBufferedReader(text)) {
            String line;
            while ((line = in.readLine()) != null) {
                String s = line.trim();
                if (s.startsWith("stackTrace = [")) {
                    inStack = true;
                    stack.clear();
                } else if (inStack && s.equals("]")) {
                    inStack = false;
                    if (stack.isEmpty()) continue;
                    samples++;
                    tops.merge(stack.get(0), 1, Integer::sum);
                    String group = "JDK / JVM only (no library frame)";
                    for (String frame : stack) {
                        String g = group(frame);
                        if (g != null) { group = g; break; }
                    }
                    groups.merge(group, 1, Integer::sum);
                    for (String frame : stack) {
                        if (frame.startsWith("org.budgetledger.")) { ourFrames.merge(frame, 1, Integer::sum); break; }
                    }
                } else if (inStack && !s.equals("...")) {
                    int cut = s.indexOf(" line:");
                    stack.add(cut > 0 ? s.substring(0, cut) : s);
                }
            }
        }
        System.out.printf("%n=== JFR profile %s: %,d execution samples of the server during the 8-client, 8-ledger run ===%n", recording, samples);
        System.out.println("top 15 hot methods (stack top, by sample count):");
        int total = samples;
        tops.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %6d  %5.1f %%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey()));
        System.out.println("every sample attributed to the component of its first non-JDK frame from the top:");
        groups.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %6d  %5.1f %%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey()));
        System.out.println("nearest frame of our code (org.budgetledger) on the stack, top 10:");
        ourFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf("  %6d  %5.1f %%  %s%n", e.getValue(), 100.0 * e.getValue() / total, e.getKey()));
    }

    static String group(String frame) {
        if (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.") || frame.startsWith("javax.")
                || frame.startsWith("com.sun.")) return null;
        if (frame.startsWith("org.apache.catalina") || frame.startsWith("org.apache.coyote") || frame.startsWith("org.apache.tomcat")) return "HTTP / Tomcat";
        if (frame.startsWith("org.springframework.security")) return "Spring Security";
        if (frame.startsWith("com.fasterxml.jackson") || frame.startsWith("tools.jackson")) return "JSON (Jackson)";
        if (frame.startsWith("org.axonframework")) return "Axon";
        if (frame.startsWith("org.hibernate") || frame.startsWith("jakarta.persistence") || frame.startsWith("org.springframework.orm")) return "JPA / Hibernate";
        if (frame.startsWith("org.postgresql") || frame.startsWith("com.zaxxer")) return "JDBC / PostgreSQL driver / Hikari";
        if (frame.startsWith("org.budgetledger")) return "our code (org.budgetledger)";
        if (frame.startsWith("org.springframework.web") || frame.startsWith("org.springframework.http")) return "Spring MVC";
        if (frame.startsWith("org.springframework")) return "Spring (core, AOP, tx, JDBC template)";
        if (frame.startsWith("ch.qos.logback") || frame.startsWith("org.slf4j") || frame.startsWith("org.apache.logging")) return "logging";
        if (frame.startsWith("io.micrometer")) return "Micrometer";
        int dot = frame.indexOf('.', frame.indexOf('.') + 1);
        return "other: " + (dot > 0 ? frame.substring(0, dot) : frame);
    }

    // ---------------------------------------------------------------- helpers

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String send(HttpClient http, String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2)).header("Authorization", authorization);
        if (json == null) b.GET();
        else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
        }
        return r.body();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static long storeEvents() throws Exception {
        return Long.parseLong(psql("SELECT count(*) FROM domain_event_entry").trim());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }

    static String psql(String sql) throws Exception {
        return run(List.of("psql", "-h", pgHost, "-p", String.valueOf(pgPort), "-U", "postgres", "-d", db, "-tAqc", sql));
    }

    static void jcmd(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        cmd.addAll(List.of(args));
        log("jcmd %s", abbreviate(run(cmd).replace('\n', ' ')));
    }

    static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out = in.lines().reduce("", (a, b) -> a + b + "\n");
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String ms(double nanos) { return fmt(nanos / 1e6, 1) + " ms"; }

    static String fmt(double v, int decimals) { return String.format(Locale.ROOT, "%,." + decimals + "f", v); }

    static String met(boolean ok) { return ok ? "met" : "NOT met"; }

    static String quote(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }

    static String abbreviate(String s) { return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s; }

    static void log(String format, Object... args) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
    }
}
