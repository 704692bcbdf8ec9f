package org.budgetledger.command.ledger;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

    @Bean
    public SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter, LedgerSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotEvery());
    }
}
