package org.budgetledger.query.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The query side's settings ({@code ledger.*}, or the {@code LEDGER_*} environment variables).
 *
 * @param minSequenceWait how long a query with {@code minSequence} waits for the read side
 *        before it answers {@code 503 PROJECTION_BEHIND}
 */
@ConfigurationProperties(prefix = "ledger")
record ReadSideSettings(@DefaultValue("10s") Duration minSequenceWait) {

    ReadSideSettings {
        if (minSequenceWait.isNegative() || minSequenceWait.toMinutes() > 10) {
            throw new IllegalArgumentException("ledger.min-sequence-wait (LEDGER_MIN_SEQUENCE_WAIT) must be between 0s and 10m, not "
                    + minSequenceWait);
        }
    }
}
