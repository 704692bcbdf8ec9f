package org.budgetledger.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Commands by type and outcome, with their latency: the timer {@code ledger.commands} (in
 * Prometheus {@code ledger_commands_seconds_count}, {@code _sum} and {@code _bucket}), tagged
 * {@code command} (OpenLedger, RecordExpenditure, …) and {@code outcome}: {@code ACCEPTED},
 * {@code DUPLICATE} or the refusal's code ({@code EXCEEDS_AVAILABLE}, {@code DATABASE_UNAVAILABLE},
 * …). A journal batch is one unit of work: each of its commands is counted with the batch's time
 * shared equally.
 */
@Component
public class CommandMetrics {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String command, String outcome, long nanos) {
        Timer.builder("ledger.commands")
                .description("Commands sent, by type and outcome (ACCEPTED, DUPLICATE or the refusal's code)")
                .tag("command", command)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(Duration.ofNanos(Math.max(0, nanos)));
    }
}
