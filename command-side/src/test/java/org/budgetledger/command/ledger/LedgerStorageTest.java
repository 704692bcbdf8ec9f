package org.budgetledger.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.budgetledger.command.Requests.appropriation;
import static org.budgetledger.command.Requests.expenditure;
import static org.budgetledger.command.Requests.generalBasicLine;
import static org.budgetledger.command.Requests.projectLine;
import static org.budgetledger.command.Requests.revenue;
import static org.budgetledger.command.Requests.reversal;
import static org.budgetledger.command.Requests.threePublicBudget;
import static org.budgetledger.command.Requests.unitFundsLine;

import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.budgetledger.command.Answer;
import org.budgetledger.command.CommandSideHttpTest;
import org.budgetledger.rejection.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * How ledgers are stored in PostgreSQL: Axon's payloads as {@code bytea} (never large objects),
 * and snapshots of the ledger (the aggregate serialized with Jackson) that load back exactly.
 * The test configuration takes a snapshot every 20 events.
 */
class LedgerStorageTest extends CommandSideHttpTest {

    @Autowired
    private Serializer serializer;

    @Autowired
    private EventStorageEngine storage;

    @Autowired
    @Qualifier("ledgerCache")
    private Cache ledgerCache;

    @Test
    void axonsPayloadsAreByteaColumns() {
        assertThat(jdbc.queryForList("SELECT table_name, column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema()"
                + " AND table_name IN ('domain_event_entry', 'snapshot_event_entry', 'token_entry')"
                + " AND column_name IN ('payload', 'meta_data', 'token') ORDER BY table_name, column_name"))
                .extracting(row -> tuple(row.get("table_name"), row.get("column_name"), row.get("data_type")))
                .containsExactly(
                        tuple("domain_event_entry", "meta_data", "bytea"),
                        tuple("domain_event_entry", "payload", "bytea"),
                        tuple("snapshot_event_entry", "meta_data", "bytea"),
                        tuple("snapshot_event_entry", "payload", "bytea"),
                        tuple("token_entry", "token", "bytea"));
    }

    @Test
    void recordingCommandsLeavesNoLargeObjects() {
        String unit = newUnit("STORE");
        open2023WithBasicBudget(unit, "500.00");
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-1", generalBasicLine(), "30201", "100.00", "V-1")));

        assertThat(events.count(unit + "/2023")).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void aLedgerPastTheSnapshotThresholdIsSnapshottedAndLoadsBackExactly() {
        String unit = newUnit("SNAP");
        String ledger = unit + "/2023";
        open2023WithBasicBudget(unit, "5000.00");
        accepted(api.command(unit, 2023, "appropriations", appropriation("app-p", projectLine("P01", "交通设施维护"), "800.00")));
        accepted(api.command(unit, 2023, "revenues", revenue("rev-1", unitFundsLine(), "300.00", "R-1")));
        accepted(api.command(unit, 2023, "three-public-budgets", threePublicBudget("3p-1", "RECEPTION", "1000.00")));
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-r", generalBasicLine(), "30217", "400.00", "V-R")));
        accepted(api.command(unit, 2023, "expenditures", expenditure("exp-u", unitFundsLine(), "30201", "50.00", "V-U")));
        for (int i = 1; i <= 11; i++) {
            accepted(api.command(unit, 2023, "expenditures",
                    expenditure("exp-" + i, generalBasicLine(), "30201", "10.00", "V-" + i)));
        }
        accepted(api.reversal(unit, 2023, "V-1", reversal("rvs-1")));
        assertThat(events.count(ledger)).isEqualTo(19);
        assertThat(snapshots(ledger)).as("snapshots below the threshold").isZero();

        for (int i = 12; i <= 17; i++) {
            accepted(api.command(unit, 2023, "expenditures",
                    expenditure("exp-" + i, generalBasicLine(), "30201", "10.00", "V-" + i)));
        }

        assertThat(events.count(ledger)).isEqualTo(25);
        // Snapshots are taken on their own thread after the command that triggers one: wait for it.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (snapshots(ledger) == 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        assertThat(snapshots(ledger)).as("snapshots past the threshold").isEqualTo(1);
        Map<String, Object> snapshot = jdbc.queryForMap("SELECT sequence_number, payload_type, payload_revision, payload"
                + " FROM snapshot_event_entry WHERE aggregate_identifier = ?", ledger);
        long snapshotSequence = ((Number) snapshot.get("sequence_number")).longValue();
        assertThat(snapshotSequence).isBetween(19L, 24L);
        Ledger fromSnapshot = serializer.deserialize(new SimpleSerializedObject<>((byte[]) snapshot.get("payload"), byte[].class,
                (String) snapshot.get("payload_type"), (String) snapshot.get("payload_revision")));
        Ledger fromEvents = LedgerReplay.replay(DomainEventStream.of(storage.readEvents(ledger, 0).asStream()
                .filter(event -> event.getSequenceNumber() <= snapshotSequence)));
        assertThat(fromSnapshot).as("the ledger read from its snapshot").usingRecursiveComparison().isEqualTo(fromEvents);

        // Forget the cached ledger, so that the next command loads it from the snapshot and the events after it.
        ledgerCache.remove(ledger);
        Answer next = accepted(api.command(unit, 2023, "expenditures",
                expenditure("exp-18", generalBasicLine(), "30201", "10.00", "V-18")));
        assertThat(next.sequence()).isEqualTo(26);
        assertThat(next.line("budget")).isEqualTo("5000.00");
        assertThat(next.line("spent")).isEqualTo("570.00");
        assertThat(next.line("available")).isEqualTo("4430.00");
        Answer repeat = accepted(api.command(unit, 2023, "expenditures",
                expenditure("exp-r", generalBasicLine(), "30217", "400.00", "V-R")));
        assertThat(repeat.duplicate()).isTrue();
        assertThat(repeat.sequence()).isEqualTo(6);
        refused(ledger, ErrorCode.VOUCHER_EXISTS, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-20", generalBasicLine(), "30201", "10.00", "V-7")));
        refused(ledger, ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED, () -> api.command(unit, 2023, "expenditures",
                expenditure("exp-21", generalBasicLine(), "30217", "600.01", "V-21")));
        refused(ledger, ErrorCode.PROJECT_NAME_MISMATCH, () -> api.command(unit, 2023, "appropriations",
                appropriation("app-p2", projectLine("P01", "交通设施建设"), "1.00")));
    }

    private long snapshots(String ledgerId) {
        return jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class,
                ledgerId);
    }
}
