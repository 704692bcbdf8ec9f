package org.budgetledger.command.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The command side's settings ({@code ledger.*}, or the {@code LEDGER_*} environment variables).
 *
 * @param snapshotEvery events between snapshots of a ledger: bounds what a cold load replays
 */
@ConfigurationProperties(prefix = "ledger")
public record LedgerSettings(@DefaultValue("250") int snapshotEvery) {

    public LedgerSettings {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("ledger.snapshot-every (LEDGER_SNAPSHOT_EVERY) must be at least 1, not " + snapshotEvery);
        }
    }
}
