package org.budgetledger.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Each projection's lag in events, per processor and segment this process holds: the gauge
 * {@code ledger.projection.lag} (tags {@code processor}, {@code segment}) is the event store's
 * head (its highest global index) minus the segment's position. Measured every 2 s by a thread of
 * its own (one query for the head), so that a scrape costs nothing; a segment this process stops
 * holding (another node took it, a replay) leaves the metrics. A process without streaming
 * processors (the command side) has none.
 */
@Component
public class ProjectionLagMetrics implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionLagMetrics.class);
    private static final long EVERY_MILLIS = 2000;

    private final MeterRegistry registry;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStore> events;
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    public ProjectionLagMetrics(MeterRegistry registry, ObjectProvider<EventProcessingConfiguration> processing,
            ObjectProvider<EventStore> events) {
        this.registry = registry;
        this.processing = processing;
        this.events = events;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projection-lag-metrics");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::measure, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    @Override
    public void destroy() {
        stop();
    }

    /** Measures once; public for a test that does not want to wait. */
    public void measure() {
        try {
            EventProcessingConfiguration configuration = processing.getIfAvailable();
            EventStore store = events.getIfAvailable();
            if (configuration == null || store == null) {
                return;
            }
            Map<String, StreamingEventProcessor> processors = new java.util.TreeMap<>();
            configuration.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    processors.put(name, streaming);
                }
            });
            if (processors.isEmpty()) {
                return;
            }
            long head = position(store.createHeadToken()).orElse(0);
            Set<String> seen = ConcurrentHashMap.newKeySet();
            processors.forEach((name, processor) -> processor.processingStatus().forEach((segment, status) -> {
                String key = name + "/" + segment;
                seen.add(key);
                long position = position(status.getCurrentPosition()).orElse(0);
                lags.computeIfAbsent(key, k -> register(name, segment)).set(Math.max(0, head - position));
            }));
            for (String key : Set.copyOf(lags.keySet())) {
                if (!seen.contains(key)) {
                    lags.remove(key);
                    Gauge gauge = gauges.remove(key);
                    if (gauge != null) {
                        registry.remove(gauge);
                    }
                }
            }
        } catch (RuntimeException e) {
            // The database may be down: the gauges keep their last values, and health says DOWN.
            log.debug("Could not measure the projections' lag: {}", e.toString());
        }
    }

    private AtomicLong register(String processor, int segment) {
        AtomicLong lag = new AtomicLong();
        Gauge gauge = Gauge.builder("ledger.projection.lag", lag, AtomicLong::get)
                .description("Events of the store not yet applied by this segment of the projection")
                .tag("processor", processor).tag("segment", Integer.toString(segment))
                .register(registry);
        gauges.put(processor + "/" + segment, gauge);
        return lag;
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }

    private static OptionalLong position(OptionalLong position) {
        return position;
    }
}
