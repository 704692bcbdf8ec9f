package org.budgetledger.query.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.query.entries.ProjectionPositions;
import org.junit.jupiter.api.Test;

/** {@code minSequence}: a query waits for the read model to apply the entry a client wrote. */
class ReadYourWritesTest {

    private final List<String> asked = new ArrayList<>();

    @Test
    void aQueryWithoutMinSequenceDoesNotWait() {
        ReadYourWrites readYourWrites = new ReadYourWrites(positions(() -> 0), new ReadSideSettings(Duration.ZERO));
        readYourWrites.await("ledger-entries", "TEST/2023", null);
        readYourWrites.await("ledger-entries", "TEST/2023", 0L);
        assertThat(asked).isEmpty();
    }

    @Test
    void aQueryForAnEntryTheReadModelHasAppliedGoesAhead() {
        ReadYourWrites readYourWrites = new ReadYourWrites(positions(() -> 5), new ReadSideSettings(Duration.ZERO));
        readYourWrites.await("ledger-entries", "TEST/2023", 5L);
        readYourWrites.await("ledger-entries", "TEST/2023", 3L);
        assertThat(asked).containsOnly("ledger-entries TEST/2023");
    }

    @Test
    void aQueryWaitsWhileTheReadModelCatchesUp() {
        long[] applied = {0};
        ReadYourWrites readYourWrites = new ReadYourWrites(positions(() -> ++applied[0]), new ReadSideSettings(Duration.ofSeconds(30)));
        readYourWrites.await("ledger-directory", "TEST/2023", 3L);
        assertThat(applied[0]).isEqualTo(3);
        assertThat(asked).containsOnly("ledger-directory TEST/2023");
    }

    @Test
    void aQueryForAnEntryTheReadModelDoesNotReachIsRefusedAsProjectionBehind() {
        ReadYourWrites readYourWrites = new ReadYourWrites(positions(() -> 2), new ReadSideSettings(Duration.ZERO));
        assertThatThrownBy(() -> readYourWrites.await("ledger-entries", "TEST/2023", 3L))
                .isInstanceOfSatisfying(LedgerRejection.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo(ErrorCode.PROJECTION_BEHIND);
                    assertThat(rejection.getMessage()).contains("entry 3", "TEST/2023");
                });
    }

    @Test
    void aLedgerQueryWaitsForTheDirectoryAndTheEntriesAlike() {
        ReadYourWrites readYourWrites = new ReadYourWrites(positions(() -> 4), new ReadSideSettings(Duration.ZERO));
        readYourWrites.awaitReadModels("TEST/2023", 4L);
        assertThat(asked).containsExactly("ledger-directory TEST/2023", "ledger-entries TEST/2023");
    }

    private ProjectionPositions positions(LongSupplier sequence) {
        return new ProjectionPositions(null, null) {
            @Override
            public long of(String projection, String ledgerId) {
                asked.add(projection + " " + ledgerId);
                return sequence.getAsLong();
            }
        };
    }
}
