package org.budgetledger.command.ledger;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import java.util.concurrent.Executors;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How ledger aggregates are loaded. A year holds thousands of entries; the cache keeps recently
 * used ledgers in memory, and a snapshot every {@code ledger.snapshot-every} events bounds what
 * a cold load replays.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSettings.class)
public class LedgerAggregateConfiguration {

    @Bean
    public Cache ledgerCache() {
        return new WeakReferenceCache();
    }

    /** The request and voucher logs, as the aggregate's command handlers take them (one parameter). */
    @Bean
    public LedgerLogs ledgerLogs(RequestLog requests, VoucherLog vouchers) {
        return new LedgerLogs(requests, vouchers);
    }

    /**
     * Snapshots are taken on a thread of their own, after the command that triggered one: taken
     * in the command's thread (Axon's default) they need a second connection while the command
     * still holds its own, and under many concurrent commands every connection of the pool ends up
     * held by a command waiting for another one (measured: HTTP 500s at 32 clients).
     */
    @Bean
    public SpringAggregateSnapshotterFactoryBean aggregateSnapshotter() {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ledger-snapshots");
            thread.setDaemon(true);
            return thread;
        }));
        return snapshotter;
    }

    /**
     * Only snapshots of the aggregate's current state revision ({@link Ledger#STATE_REVISION}) are
     * loaded; an older one is skipped and the ledger is replayed from its events, so that state
     * the older snapshot did not hold (the 会议费/培训费 tallies of revision 2) is rebuilt, not
     * taken as empty.
     */
    @Bean
    public SnapshotFilter ledgerSnapshotFilter() {
        return snapshot -> !Ledger.class.getName().equals(snapshot.getPayload().getType().getName())
                || Ledger.STATE_REVISION.equals(snapshot.getPayload().getType().getRevision());
    }

    @Bean
    public SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter, LedgerSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotEvery());
    }
}
