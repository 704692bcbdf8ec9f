package org.budgetledger.query.nodes;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.budgetledger.query.replay.ProjectionReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Several query-side processes share each projection's segments (the rows of
 * {@code token_entry}) the way Axon's pooled processors do: through claims in PostgreSQL. Left
 * alone, the first process would claim every segment and the others would only stand by. So each
 * process beats in {@code query_node} once a second and claims at most its share,
 * {@code ceil(segments / live nodes)}, where a node is live if it beat within the claim timeout;
 * Axon's coordinator releases what is above the share (another node then claims it) and claims
 * more when a node has gone. A node killed without notice stops beating and stops extending its
 * claims: after the claim timeout the others count one node fewer and take its segments over.
 *
 * <p>The share is a bound, never a correctness condition: whoever holds a segment's claim writes
 * its rows, and the token is stored in the same transaction, so a segment changing hands at any
 * moment neither loses nor repeats an event.
 */
@Component
public class QueryNodes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(QueryNodes.class);
    private static final long BEAT_MILLIS = 1000;
    private static final int UNBOUNDED = Short.MAX_VALUE;

    /** The name Axon's token store writes as {@code owner} of this process's claims. */
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();
    private final JdbcTemplate jdbc;
    private final Duration claimTimeout;
    private final Map<String, Integer> shares = new ConcurrentHashMap<>();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "query-node-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int liveNodes = 1;

    QueryNodes(JdbcTemplate jdbc, @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        this.jdbc = jdbc;
        this.claimTimeout = claimTimeout;
        beat();
        beats.scheduleWithFixedDelay(this::beat, BEAT_MILLIS, BEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Every projection's processor claims at most this node's share, and extends its claims well
     * within the claim timeout (Axon's default of 5 s would let a shorter timeout expire idle claims).
     */
    @Autowired
    void configure(EventProcessingConfigurer processing) {
        long extendEvery = Math.max(200, claimTimeout.toMillis() / 4);
        for (String projection : ProjectionReplay.PROJECTIONS) {
            processing.registerPooledStreamingEventProcessorConfiguration(projection, (configuration, builder) -> builder
                    .maxSegmentProvider(share())
                    .claimExtensionThreshold(extendEvery));
        }
    }

    /** This node's share of a processor's segments, as of the last beat. */
    MaxSegmentProvider share() {
        return processor -> shares.getOrDefault(processor, UNBOUNDED);
    }

    public String nodeId() {
        return nodeId;
    }

    /** The query nodes alive at the last beat, this one included. */
    public int liveNodes() {
        return liveNodes;
    }

    private void beat() {
        try {
            jdbc.update("""
                    INSERT INTO query_node (node_id, seen_at) VALUES (?, now())
                    ON CONFLICT (node_id) DO UPDATE SET seen_at = now()
                    """, nodeId);
            Integer live = jdbc.queryForObject("SELECT count(*) FROM query_node WHERE seen_at > now() - ? * interval '1 millisecond'",
                    Integer.class, claimTimeout.toMillis());
            int nodes = Math.max(1, live == null ? 1 : live);
            if (nodes != liveNodes) {
                log.info("{} query node(s) share the projections' segments", nodes);
            }
            liveNodes = nodes;
            for (String projection : ProjectionReplay.PROJECTIONS) {
                Integer segments = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class,
                        projection);
                // No tokens yet: the first processor to start creates them and may claim them all.
                shares.put(projection, segments == null || segments == 0 ? UNBOUNDED : (segments + nodes - 1) / nodes);
            }
            jdbc.update("DELETE FROM query_node WHERE seen_at < now() - interval '1 day'");
        } catch (RuntimeException e) {
            // Keep the last shares: a node that cannot reach the database cannot process either.
            log.warn("Query node heartbeat failed: {}", e.toString());
        }
    }

    /** A node stopping cleanly leaves at once, so the others need not wait for its beat to age. */
    @Override
    public void destroy() {
        beats.shutdownNow();
        try {
            jdbc.update("DELETE FROM query_node WHERE node_id = ?", nodeId);
        } catch (RuntimeException e) {
            log.debug("Could not remove query node {}: {}", nodeId, e.toString());
        }
    }
}
