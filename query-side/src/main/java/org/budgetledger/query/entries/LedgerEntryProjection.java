package org.budgetledger.query.entries;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.budgetledger.events.BudgetAdjusted;
import org.budgetledger.events.BudgetTransferred;
import org.budgetledger.events.ControlBudgetSet;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureReversed;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.FundsAppropriated;
import org.budgetledger.events.LedgerEvent;
import org.budgetledger.events.LedgerOpened;
import org.budgetledger.events.PaymentApproved;
import org.budgetledger.events.PaymentRequestRejected;
import org.budgetledger.events.PaymentRequested;
import org.budgetledger.events.PerformanceResultRecorded;
import org.budgetledger.events.PerformanceTargetsSet;
import org.budgetledger.events.RevenueRecorded;
import org.budgetledger.events.StatementRecorded;
import org.budgetledger.events.ThreePublicBudgetSet;
import org.budgetledger.events.YearClosed;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.Movement;
import org.budgetledger.publication.Procurement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects every ledger event into rows of {@code ledger_entry}: one row per movement the entry
 * makes on a line (as the event lists them, {@link LedgerEvent#lineMovements()}), carrying the
 * entry's audit fields, and a row without a line for an entry of the ledger as such. Everything the query side answers (lines, tables,
 * history, positions as of a date or as known at a time) is computed from these rows; beside
 * them it keeps {@code line_total}, each line's rows summed by movement, so that a current
 * position need not add up the whole year again.
 *
 * <p>Safe with several segments and several nodes: every statement here touches rows of the
 * event's own ledger only ({@code ledger_entry} rows of its sequence, its {@code line_total} rows,
 * its {@code projection_position}), and all events of one ledger are one aggregate's, which Axon's
 * default sequencing policy (per aggregate id) keeps in one segment, applied in order by whichever
 * node holds that segment's claim, in one transaction with its token. Two segments never write the
 * same row, and a segment that changes hands resumes from its last stored token. The reset handler
 * is the exception that empties everything: it runs only in a replay, when no node holds a claim.
 */
@Component
@ProcessingGroup(LedgerEntryProjection.NAME)
public class LedgerEntryProjection {

    public static final String NAME = "ledger-entries";

    private final JdbcTemplate jdbc;
    /** The rows of a batch of events, sent together before its transaction commits. */
    private final ProjectionWrites writes;
    private final ProjectionPositions positions;

    public LedgerEntryProjection(JdbcTemplate jdbc, ProjectionWrites writes, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.positions = positions;
    }

    @EventHandler
    void on(LedgerOpened event, @SequenceNumber long index) {
        Row row = entry(event, index, "LedgerOpened");
        insert(row.movement(Movement.OPENED));
        insertLineMovements(event, row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(FundsAppropriated event, @SequenceNumber long index) {
        insertLineMovements(event, entry(event, index, "FundsAppropriated").document(event.documentNo()).reason(event.note()));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(BudgetAdjusted event, @SequenceNumber long index) {
        insertLineMovements(event, entry(event, index, "BudgetAdjusted").document(event.documentNo()).reason(event.reason()));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    /** Two rows: TRANSFER_OUT on the line the budget leaves, TRANSFER_IN on the line it goes to. */
    @EventHandler
    void on(BudgetTransferred event, @SequenceNumber long index) {
        insertLineMovements(event, entry(event, index, "BudgetTransferred").document(event.documentNo()).reason(event.reason()));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(RevenueRecorded event, @SequenceNumber long index) {
        Row row = entry(event, index, "RevenueRecorded").voucher(event.voucherNo()).reason(event.description());
        row.revenueType = event.revenueType().name();
        row.counterpartyUnit = event.counterpartyUnit();
        insertLineMovements(event, row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(ExpenditureRecorded event, @SequenceNumber long index) {
        Row row = entry(event, index, "ExpenditureRecorded").voucher(event.voucherNo()).reason(event.description())
                .statistics(event.statistics(), Movement.SPEND.sign());
        row.economicCode = event.economicCode();
        row.payee = event.payee();
        row.counterpartyUnit = event.counterpartyUnit();
        row.procurement(event.procurement());
        insertLineMovements(event, row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    /** One RESERVE row; the 三公 counts are counted when the request is approved and spent, not before. */
    @EventHandler
    void on(PaymentRequested event, @SequenceNumber long index) {
        Row row = entry(event, index, "PaymentRequested").voucher(event.voucherNo()).reason(event.description())
                .payment(event.paymentRequestId(), event.recordedBy());
        row.economicCode = event.economicCode();
        row.payee = event.payee();
        row.procurement(event.procurement());
        insertLineMovements(event, row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    /**
     * Two rows: RELEASE of the reservation, then SPEND, which is an expenditure's row like any
     * other (the tables count it) and alone carries the 三公 counts.
     */
    @EventHandler
    void on(PaymentApproved event, @SequenceNumber long index) {
        Row row = entry(event, index, "PaymentApproved").voucher(event.voucherNo()).reason(event.description())
                .payment(event.paymentRequestId(), event.requestedBy());
        row.economicCode = event.economicCode();
        row.payee = event.payee();
        row.procurement(event.procurement());
        insert(row.movement(Movement.RELEASE).line(event.line()).amount(event.amountFen()));
        insert(row.movement(Movement.SPEND).statistics(event.statistics(), Movement.SPEND.sign()));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(PaymentRequestRejected event, @SequenceNumber long index) {
        Row row = entry(event, index, "PaymentRequestRejected").voucher(event.voucherNo()).reason(event.reason())
                .payment(event.paymentRequestId(), event.requestedBy());
        row.economicCode = event.economicCode();
        insertLineMovements(event, row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    /** One row without a line; the scope and the indicators are its payload. */
    @EventHandler
    void on(PerformanceTargetsSet event, @SequenceNumber long index) {
        Row row = entry(event, index, "PerformanceTargetsSet").movement(Movement.PERFORMANCE_TARGETS)
                .document(event.documentNo()).reason(event.overallGoal());
        row.payload = PerformancePayload.of(event);
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(PerformanceResultRecorded event, @SequenceNumber long index) {
        Row row = entry(event, index, "PerformanceResultRecorded").movement(Movement.PERFORMANCE_RESULT)
                .reason(event.deviationReason());
        row.payload = PerformancePayload.of(event);
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    /**
     * The statistics of the reversed expenditure are taken off, as its amount is; so is its
     * counterparty, read from the expenditure's own row (the event names the voucher, which is
     * unique in the ledger), so that a department eliminates what is left of a transfer; and its
     * procurement, so that the procurement totals lose what the reversal takes back.
     */
    @EventHandler
    void on(ExpenditureReversed event, @SequenceNumber long index) {
        Row row = entry(event, index, "ExpenditureReversed").voucher(event.voucherNo()).reason(event.reason())
                .statistics(event.statistics(), Movement.REVERSAL.sign());
        row.economicCode = event.economicCode();
        writes.sendNow(); // the expenditure may be in this batch, its row still held back
        List<String[]> spent = jdbc.query("""
                SELECT counterparty_unit, procurement_method, supplier_size FROM ledger_entry
                WHERE ledger_id = ? AND voucher_no = ? AND movement = 'SPEND'
                ORDER BY sequence DESC LIMIT 1
                """, (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                event.ledgerId(), event.voucherNo());
        if (!spent.isEmpty()) {
            row.counterpartyUnit = spent.get(0)[0];
            row.procurementMethod = spent.get(0)[1];
            row.supplierSize = spent.get(0)[2];
        }
        insertLineMovements(event, row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(ThreePublicBudgetSet event, @SequenceNumber long index) {
        Row row = entry(event, index, "ThreePublicBudgetSet").movement(Movement.THREE_PUBLIC_BUDGET)
                .amount(event.amountFen()).document(event.documentNo());
        row.threePublicCategory = event.category().name();
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(ControlBudgetSet event, @SequenceNumber long index) {
        Row row = entry(event, index, "ControlBudgetSet").movement(Movement.CONTROL_BUDGET)
                .amount(event.amountFen()).document(event.documentNo());
        row.controlBudgetCategory = event.category().name();
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    /** One row without a line; the figures are its payload. */
    @EventHandler
    void on(StatementRecorded event, @SequenceNumber long index) {
        Row row = entry(event, index, "StatementRecorded").movement(Movement.STATEMENT);
        row.statementKind = event.kind().name();
        row.payload = StatementPayload.of(event);
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(YearClosed event, @SequenceNumber long index) {
        Row row = entry(event, index, "YearClosed");
        insertLineMovements(event, row);
        insert(row.movement(Movement.CLOSED).line(null).amount(0).kind(null));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM ledger_entry");
        jdbc.update("DELETE FROM line_total");
        jdbc.update("DELETE FROM line_running");
        positions.forget(NAME);
    }

    /** The entry's audit fields, common to all its rows. */
    private static Row entry(LedgerEvent event, long index, String entryType) {
        return new Row(event.ledgerId(), index + 1, entryType, event.effectiveDate(), event.recordedAt(),
                event.recordedBy(), event.requestId());
    }

    /** One row per movement the event makes on a line, each with the entry's fields of {@code row}. */
    private void insertLineMovements(LedgerEvent event, Row row) {
        for (LineMovement movement : event.lineMovements()) {
            insert(row.movement(movement.movement()).line(movement.line()).amount(movement.amountFen())
                    .kind(movement.kind() == null ? null : movement.kind().name()));
        }
    }

    /**
     * Inserts the row and, for a row on a line, in the same statement (and so the same transaction
     * as the token) moves the line's running budget and available balance, which the row keeps as
     * they are after it (the history reads them), and adds it to the line's total of its movement:
     * the totals never run ahead of or behind the rows. A ledger's rows are projected in entry
     * order (one segment per ledger), which is what makes "after it" right.
     */
    private void insert(Row row) {
        BudgetLine line = row.line;
        Object[] entry = {row.ledgerId, row.sequence, row.entryType, row.movement.name(), Date.valueOf(row.effectiveDate),
                Timestamp.from(row.recordedAt), row.recordedBy, row.requestId, row.documentNo, row.voucherNo, row.reason,
                line == null ? null : line.fund().name(), line == null ? null : line.functionCode(),
                line == null ? null : line.nature().name(), line == null ? null : line.projectCode(),
                line == null ? null : line.projectName(), row.balanceKind, row.revenueType, row.economicCode, row.payee,
                row.threePublicCategory, row.amountFen, row.receptionBatches, row.receptionGuests, row.vehiclesPurchased,
                row.paymentRequestId, row.requestedBy, row.payload, row.counterpartyUnit, row.procurementMethod,
                row.supplierSize, row.controlBudgetCategory, row.statementKind};
        if (line == null) {
            writes.update("INSERT INTO ledger_entry (" + ENTRY_COLUMNS + ") VALUES (" + "?, ".repeat(entry.length - 1) + "?)",
                    entry);
            return;
        }
        Object[] arguments = new Object[7 + entry.length];
        arguments[0] = row.ledgerId;
        arguments[1] = line.fund().name();
        arguments[2] = line.functionCode();
        arguments[3] = line.nature().name();
        arguments[4] = line.projectCode();
        arguments[5] = FigureWeights.budgetChange(row.movement, row.amountFen);
        arguments[6] = FigureWeights.availableChange(row.movement, row.amountFen);
        System.arraycopy(entry, 0, arguments, 7, entry.length);
        writes.update(RUNNING_INSERT, arguments);
    }

    /**
     * A line's row in one statement: its running figures moved, the row written with them as they
     * are after it, and its total moved.
     */
    private static final String RUNNING_INSERT = """
                WITH running AS (
                    INSERT INTO line_running (ledger_id, fund, function_code, nature, project_code, budget_fen, available_fen)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT ON CONSTRAINT line_running_key DO UPDATE SET
                        budget_fen = line_running.budget_fen + EXCLUDED.budget_fen,
                        available_fen = line_running.available_fen + EXCLUDED.available_fen
                    RETURNING budget_fen, available_fen),
                entry AS (
                    INSERT INTO ledger_entry (%s, budget_after_fen, available_after_fen)
                    SELECT %s running.budget_fen, running.available_fen FROM running
                    RETURNING *)
                INSERT INTO line_total (ledger_id, fund, function_code, nature, project_code, project_name, movement,
                    balance_kind, revenue_type, economic_code, amount_fen, reception_batches, reception_guests,
                    vehicles_purchased, first_sequence, first_entry_id)
                SELECT ledger_id, fund, function_code, nature, project_code, project_name, movement, balance_kind,
                    revenue_type, economic_code, amount_fen, reception_batches, reception_guests, vehicles_purchased,
                    sequence, id
                FROM entry
                ON CONFLICT ON CONSTRAINT line_total_key DO UPDATE SET
                    amount_fen = line_total.amount_fen + EXCLUDED.amount_fen,
                    reception_batches = line_total.reception_batches + EXCLUDED.reception_batches,
                    reception_guests = line_total.reception_guests + EXCLUDED.reception_guests,
                    vehicles_purchased = line_total.vehicles_purchased + EXCLUDED.vehicles_purchased
                """.formatted(LedgerEntryProjection.ENTRY_COLUMNS, LedgerEntryProjection.ENTRY_VALUES);

    /** The columns of a row as the projection writes them, in the order of {@link #insert}'s values. */
    private static final String ENTRY_COLUMNS = "ledger_id, sequence, entry_type, movement, effective_date, recorded_at, "
            + "recorded_by, request_id, document_no, voucher_no, reason, fund, function_code, nature, project_code, "
            + "project_name, balance_kind, revenue_type, economic_code, payee, three_public_category, amount_fen, "
            + "reception_batches, reception_guests, vehicles_purchased, payment_request_id, requested_by, payload, counterparty_unit, "
            + "procurement_method, supplier_size, control_budget_category, statement_kind";
    /** A row's values as parameters, each cast to its column's type (a bare parameter in a SELECT has none). */
    private static final String ENTRY_VALUES = "?::varchar, ?::bigint, ?::varchar, ?::varchar, ?::date, ?::timestamptz, "
            + "?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, "
            + "?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::bigint, ?::integer, ?::integer, "
            + "?::integer, ?::varchar, ?::varchar, ?::text, ?::varchar, ?::varchar, ?::varchar, ?::varchar, ?::varchar,";

    /** A row being built; the same builder is reused for the several rows of one event. */
    private static final class Row {
        final String ledgerId;
        final long sequence;
        final String entryType;
        final LocalDate effectiveDate;
        final Instant recordedAt;
        final String recordedBy;
        final String requestId;
        Movement movement;
        BudgetLine line;
        long amountFen;
        String documentNo;
        String voucherNo;
        String reason;
        String balanceKind;
        String revenueType;
        String economicCode;
        String payee;
        String threePublicCategory;
        int receptionBatches;
        int receptionGuests;
        int vehiclesPurchased;
        String paymentRequestId;
        String requestedBy;
        String payload;
        String counterpartyUnit;
        String procurementMethod;
        String supplierSize;
        String controlBudgetCategory;
        String statementKind;

        Row(String ledgerId, long sequence, String entryType, LocalDate effectiveDate, Instant recordedAt,
                String recordedBy, String requestId) {
            this.ledgerId = ledgerId;
            this.sequence = sequence;
            this.entryType = entryType;
            this.effectiveDate = effectiveDate;
            this.recordedAt = recordedAt;
            this.recordedBy = recordedBy;
            this.requestId = requestId;
        }

        Row movement(Movement value) {
            movement = value;
            return this;
        }

        Row line(BudgetLine value) {
            line = value;
            return this;
        }

        Row amount(long value) {
            amountFen = value;
            return this;
        }

        Row document(String value) {
            documentNo = value;
            return this;
        }

        Row voucher(String value) {
            voucherNo = value;
            return this;
        }

        Row reason(String value) {
            reason = value;
            return this;
        }

        Row kind(String value) {
            balanceKind = value;
            return this;
        }

        Row payment(String id, String requester) {
            paymentRequestId = id;
            requestedBy = requester;
            return this;
        }

        Row procurement(Procurement procurement) {
            procurementMethod = procurement == null ? null : procurement.method().name();
            supplierSize = procurement == null ? null : procurement.supplierSize().name();
            return this;
        }

        Row statistics(ExpenditureStatistics statistics, int sign) {
            if (statistics != null) {
                receptionBatches = sign * statistics.receptionBatches();
                receptionGuests = sign * statistics.receptionGuests();
                vehiclesPurchased = sign * statistics.vehiclesPurchased();
            }
            return this;
        }
    }
}
