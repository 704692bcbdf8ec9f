package org.budgetledger.command.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The command side's settings ({@code ledger.*}, or the {@code LEDGER_*} environment variables).
 *
 * @param defaultUser who is recorded as having made each entry, until authentication exists
 * @param snapshotEvery events between snapshots of a ledger: bounds what a cold load replays
 */
@ConfigurationProperties(prefix = "ledger")
public record LedgerSettings(@DefaultValue("finance-office") String defaultUser, @DefaultValue("250") int snapshotEvery) {

    public LedgerSettings {
        if (defaultUser == null || defaultUser.isBlank()) {
            throw new IllegalArgumentException("ledger.default-user (LEDGER_DEFAULT_USER) must not be blank");
        }
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("ledger.snapshot-every (LEDGER_SNAPSHOT_EVERY) must be at least 1, not " + snapshotEvery);
        }
    }
}
