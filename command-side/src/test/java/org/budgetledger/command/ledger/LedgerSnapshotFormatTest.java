package org.budgetledger.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.command.ledger.LedgerFixtures.BASIC;
import static org.budgetledger.command.ledger.LedgerFixtures.BY;
import static org.budgetledger.command.ledger.LedgerFixtures.EARLIER;
import static org.budgetledger.command.ledger.LedgerFixtures.LEDGER;
import static org.budgetledger.command.ledger.LedgerFixtures.PROJECT;
import static org.budgetledger.command.ledger.LedgerFixtures.opened;
import static org.budgetledger.command.ledger.LedgerFixtures.yuan;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.budgetledger.events.FundsAppropriated;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.LineTally;
import org.budgetledger.platform.axon.AxonStorageConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The ledger's lines are stored in its snapshots as they were before the figures moved into
 * {@code LineTally}: the same fields under the same names, so that snapshots taken before load
 * after (the aggregate's running figures are not re-read from the events when a snapshot exists).
 */
class LedgerSnapshotFormatTest {

    /** The fields the aggregate's {@code LineState} had, as stored in every snapshot taken so far. */
    private static final Set<String> STORED_LINE_FIELDS = Set.of("line", "carriedInBasic", "carriedInProjectCarryOver",
            "carriedInProjectSurplus", "initial", "increases", "decreases", "revenue", "spent", "recovered", "carriedOut",
            "surplus");

    /**
     * The fields added since, each of which loads as 0 from an older snapshot (see
     * {@link #aLineAsSnapshotsStoredItLoadsWithItsFigures()}): the transfers (调剂) in and out, and
     * what pending payment requests reserve (冻结).
     */
    private static final Set<String> ADDED_LINE_FIELDS = Set.of("transfersIn", "transfersOut", "reserved");

    private final Serializer serializer = new AxonStorageConfiguration().serializer();

    @Test
    void aSnapshotStoresEachLineWithTheFieldsItAlwaysHad() throws Exception {
        Ledger ledger = replay(opened(List.of(new OpeningBalance(PROJECT, BalanceKind.PROJECT_CARRY_OVER, yuan("30.00")))),
                new FundsAppropriated(LEDGER, BASIC, yuan("100.00"), "株财预〔2023〕1号", LocalDate.of(2023, 1, 10), "年初预算",
                        "app-1", "fp", BY, EARLIER));

        SerializedObject<byte[]> snapshot = serializer.serialize(ledger, byte[].class);
        JsonNode lines = AxonStorageConfiguration.storageObjectMapper().readTree(snapshot.getData()).get("lines");

        assertThat(lines.size()).isEqualTo(2);
        for (JsonNode line : lines) {
            Set<String> fields = new TreeSet<>();
            line.fieldNames().forEachRemaining(fields::add);
            Set<String> expected = new TreeSet<>(STORED_LINE_FIELDS);
            expected.addAll(ADDED_LINE_FIELDS);
            assertThat(fields).isEqualTo(expected);
        }
        assertThat(lines.get(BASIC.key()).get("initial").asLong()).isEqualTo(yuan("100.00"));
        assertThat(lines.get(PROJECT.key()).get("carriedInProjectCarryOver").asLong()).isEqualTo(yuan("30.00"));
        Ledger loaded = serializer.deserialize(snapshot);
        assertThat(loaded).usingRecursiveComparison().isEqualTo(ledger);
    }

    @Test
    void aLineAsSnapshotsStoredItLoadsWithItsFigures() throws Exception {
        String stored = """
                {"ledgerId":"ZZJJ/2023","fiscalYear":2023,"closed":false,"entryCount":2,
                 "lines":{"GENERAL_BUDGET/2040201/BASIC":{"line":{"fund":"GENERAL_BUDGET","functionCode":"2040201",
                   "nature":"BASIC","projectCode":null,"projectName":null},"carriedInBasic":500,"carriedInProjectCarryOver":0,
                   "carriedInProjectSurplus":0,"initial":10000,"increases":2000,"decreases":500,"revenue":0,"spent":3000,
                   "recovered":0,"carriedOut":0,"surplus":0}}}
                """;

        Ledger ledger = AxonStorageConfiguration.storageObjectMapper().readValue(stored, Ledger.class);

        LineFigures figures = line(ledger, BASIC.key()).figures();
        assertThat(figures.carriedInFen()).isEqualTo(500);
        assertThat(figures.budgetFen()).isEqualTo(10000 + 2000 - 500);
        assertThat(figures.availableFen()).isEqualTo(500 + 10000 + 2000 - 500 - 3000);
        assertThat(figures.transfersInFen()).as("a field added since loads as 0").isZero();
        assertThat(figures.transfersOutFen()).isZero();
        assertThat(figures.reservedFen()).isZero();
    }

    /**
     * Flat cost: requests and vouchers live in their logs, so a ledger's snapshot is as large after
     * 2,000 expenditures as after 10 (a few digits of its counts and sums aside).
     */
    @Test
    void aSnapshotDoesNotGrowWithTheRequestsAndVouchersALedgerHasSeen() {
        int small = snapshotBytes(10);
        int large = snapshotBytes(2_000);
        assertThat(large - small).as("snapshot of 2,000 expenditures (%s bytes) against 10 (%s bytes)", large, small)
                .isLessThan(40);
    }

    private int snapshotBytes(int expenditures) {
        List<Object> events = new ArrayList<>();
        events.add(opened());
        events.add(new FundsAppropriated(LEDGER, BASIC, yuan("1000000.00"), "预-1", LocalDate.of(2023, 1, 10), null, "app-1", "fp",
                BY, EARLIER));
        for (int i = 0; i < expenditures; i++) {
            events.add(new org.budgetledger.events.ExpenditureRecorded(LEDGER, BASIC, "30201", 1, "V-" + i, LocalDate.of(2023, 5, 1),
                    null, null, org.budgetledger.events.ExpenditureStatistics.NONE, null, null, "exp-" + i, "fp", BY, EARLIER));
        }
        return serializer.serialize(replay(events.toArray()), byte[].class).getData().length;
    }

    private static Ledger replay(Object... events) {
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>("Ledger", LEDGER, i, events[i]));
        }
        return LedgerReplay.replay(DomainEventStream.of(messages.toArray(new GenericDomainEventMessage<?>[0])));
    }

    /** One of the ledger's lines, read from its private state as a snapshot holds it. */
    private static LineTally line(Ledger ledger, String key) throws ReflectiveOperationException {
        Field lines = Ledger.class.getDeclaredField("lines");
        lines.setAccessible(true);
        return (LineTally) ((Map<?, ?>) lines.get(ledger)).get(key);
    }
}
