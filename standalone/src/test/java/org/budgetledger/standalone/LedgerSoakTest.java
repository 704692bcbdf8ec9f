package org.budgetledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The soak: {@code soak.minutes} (10) at a steady rate, {@code soak.rate} (20) expenditures a
 * second on four ledgers (a client each) with a read of its lines after each command (every tenth with
 * {@code minSequence}), printing every 30 s
 * the commands and reads done, the errors, the process's resident memory and the heap in use after
 * a collection. Not in the default run (tag {@code soak}):
 * {@code ./mvnw -B -pl standalone -am verify -Dgroups=soak -Dbenchmarks.excluded= -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 * It fails on any error, and when the heap in use after a collection grew by more than
 * {@value #HEAP_GROWTH_BOUND_MB} MB from the first minute to the end.
 */
@Tag("soak")
class LedgerSoakTest extends StandaloneTestSupport {

    static final int HEAP_GROWTH_BOUND_MB = 64;

    @Test
    void tenMinutesAtASteadyRateWithoutErrorsOrMemoryGrowth() throws Exception {
        Duration length = Duration.ofMinutes(Long.getLong("soak.minutes", 10));
        int rate = Integer.getInteger("soak.rate", 20);
        String[] units = {"SOAK1", "SOAK2", "SOAK3", "SOAK4"};
        for (String unit : units) {
            LedgerScenario ledger = new LedgerScenario(http, unit, 2023);
            ledger.open("耐久测试单位 " + unit);
            ledger.appropriate(LedgerScenario.basicLine("2040201"), "900000000.00", "测财〔2023〕" + unit, "2023-01-05");
        }
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger commands = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        long start = System.nanoTime();
        long firstMinuteHeap = -1;
        System.out.printf("LedgerSoakTest: %d min at %d commands/s; elapsed s, commands, reads, errors, RSS MB, heap after GC MB%n",
                length.toMinutes(), rate);
        // One client per ledger, each at its share of the rate; every tenth command is read back with minSequence, the
        // others are followed by a plain read of the lines.
        ScheduledExecutorService clients = Executors.newScheduledThreadPool(units.length);
        long periodMicros = 1_000_000L * units.length / rate;
        for (String unit : units) {
            AtomicLong n = new AtomicLong();
            clients.scheduleAtFixedRate(() -> {
                long i = n.getAndIncrement();
                String json = Http.JSON.writeValueAsString(Map.of("requestId", unit + "-soak-" + i, "line",
                        LedgerScenario.basicLine("2040201"), "economicCode", "30201", "amount", "1.00", "voucherNo", unit + "-S" + i,
                        "effectiveDate", "2023-03-01"));
                try {
                    Http.Answer answer = http.postJson("/api/v1/ledgers/" + unit + "/2023/expenditures", json);
                    commands.incrementAndGet();
                    if (answer.status() != 200) {
                        errors.incrementAndGet();
                        System.out.println("LedgerSoakTest: error " + answer.status() + " " + answer.text());
                        return;
                    }
                    String query = i % 10 == 0 ? "?minSequence=" + answer.json().get("sequence").asLong() : "";
                    Http.Answer lines = http.get("/api/v1/ledgers/" + unit + "/2023/lines" + query);
                    reads.incrementAndGet();
                    if (lines.status() != 200) {
                        errors.incrementAndGet();
                        System.out.println("LedgerSoakTest: read error " + lines.status() + " " + lines.text());
                    }
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    System.out.println("LedgerSoakTest: error " + e);
                }
            }, 0, periodMicros, TimeUnit.MICROSECONDS);
        }
        while (System.nanoTime() - start < length.toNanos()) {
            Thread.sleep(Math.min(30_000, Math.max(1, (length.toNanos() - (System.nanoTime() - start)) / 1_000_000)));
            long heap = heapAfterGcMb();
            if (firstMinuteHeap < 0 && System.nanoTime() - start >= Duration.ofMinutes(1).toNanos()) {
                firstMinuteHeap = heap;
            }
            System.out.printf("LedgerSoakTest: %4d s, %6d, %6d, %d, %d, %d%n", (System.nanoTime() - start) / 1_000_000_000L,
                    commands.get(), reads.get(), errors.get(), rssMb(), heap);
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        long endHeap = heapAfterGcMb();
        System.out.printf("LedgerSoakTest: done, %d commands and %d reads in %d s, %d errors, RSS %d MB, heap after GC %d MB "
                + "(after the first minute %d MB)%n", commands.get(), reads.get(), length.toSeconds(), errors.get(), rssMb(), endHeap, firstMinuteHeap);
        assertThat(errors.get()).isZero();
        if (firstMinuteHeap >= 0) {
            assertThat(endHeap - firstMinuteHeap).as("heap growth after GC, MB").isLessThan(HEAP_GROWTH_BOUND_MB);
        }
    }

    private static long heapAfterGcMb() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long rssMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
