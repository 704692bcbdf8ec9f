package org.budgetledger.query.entries;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.budgetledger.events.AdjustmentDirection;
import org.budgetledger.events.BudgetAdjusted;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureReversed;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.FundsAppropriated;
import org.budgetledger.events.LedgerOpened;
import org.budgetledger.events.LineClosing;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.events.RevenueRecorded;
import org.budgetledger.events.ThreePublicBudgetSet;
import org.budgetledger.events.YearClosed;
import org.budgetledger.line.BudgetLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects every ledger event into rows of {@code ledger_entry}: one row per line the entry
 * touches, carrying its audit fields. Everything the query side answers (lines, tables,
 * history, positions as of a date or as known at a time) is computed from these rows.
 */
@Component
@ProcessingGroup(LedgerEntryProjection.NAME)
public class LedgerEntryProjection {

    public static final String NAME = "ledger-entries";

    private final JdbcTemplate jdbc;
    private final ProjectionPositions positions;

    public LedgerEntryProjection(JdbcTemplate jdbc, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(LedgerOpened event, @SequenceNumber long index) {
        Row row = new Row(event.ledgerId(), index + 1, "LedgerOpened", event.effectiveDate(), event.recordedAt(),
                event.recordedBy(), event.requestId());
        insert(row.movement(Movement.OPENED));
        for (OpeningBalance balance : event.openingBalances()) {
            insert(row.movement(Movement.CARRY_IN).line(balance.line()).amount(balance.amountFen())
                    .kind(balance.kind().name()));
        }
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(FundsAppropriated event, @SequenceNumber long index) {
        insert(new Row(event.ledgerId(), index + 1, "FundsAppropriated", event.effectiveDate(), event.recordedAt(),
                event.recordedBy(), event.requestId()).movement(Movement.INITIAL).line(event.line())
                .amount(event.amountFen()).document(event.documentNo()).reason(event.note()));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(BudgetAdjusted event, @SequenceNumber long index) {
        Movement movement = event.direction() == AdjustmentDirection.INCREASE ? Movement.INCREASE : Movement.DECREASE;
        insert(new Row(event.ledgerId(), index + 1, "BudgetAdjusted", event.effectiveDate(), event.recordedAt(),
                event.recordedBy(), event.requestId()).movement(movement).line(event.line()).amount(event.amountFen())
                .document(event.documentNo()).reason(event.reason()));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(RevenueRecorded event, @SequenceNumber long index) {
        Row row = new Row(event.ledgerId(), index + 1, "RevenueRecorded", event.effectiveDate(), event.recordedAt(),
                event.recordedBy(), event.requestId()).movement(Movement.REVENUE).line(event.line())
                .amount(event.amountFen()).voucher(event.voucherNo()).reason(event.description());
        row.revenueType = event.revenueType().name();
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(ExpenditureRecorded event, @SequenceNumber long index) {
        Row row = new Row(event.ledgerId(), index + 1, "ExpenditureRecorded", event.effectiveDate(),
                event.recordedAt(), event.recordedBy(), event.requestId()).movement(Movement.SPEND).line(event.line())
                .amount(event.amountFen()).voucher(event.voucherNo()).reason(event.description())
                .statistics(event.statistics(), 1);
        row.economicCode = event.economicCode();
        row.payee = event.payee();
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(ExpenditureReversed event, @SequenceNumber long index) {
        Row row = new Row(event.ledgerId(), index + 1, "ExpenditureReversed", event.effectiveDate(),
                event.recordedAt(), event.recordedBy(), event.requestId()).movement(Movement.REVERSAL)
                .line(event.line()).amount(event.amountFen()).voucher(event.voucherNo()).reason(event.reason())
                .statistics(event.statistics(), -1);
        row.economicCode = event.economicCode();
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(ThreePublicBudgetSet event, @SequenceNumber long index) {
        Row row = new Row(event.ledgerId(), index + 1, "ThreePublicBudgetSet", event.effectiveDate(),
                event.recordedAt(), event.recordedBy(), event.requestId()).movement(Movement.THREE_PUBLIC_BUDGET)
                .amount(event.amountFen()).document(event.documentNo());
        row.threePublicCategory = event.category().name();
        insert(row);
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @EventHandler
    void on(YearClosed event, @SequenceNumber long index) {
        Row row = new Row(event.ledgerId(), index + 1, "YearClosed", event.effectiveDate(), event.recordedAt(),
                event.recordedBy(), event.requestId());
        for (LineClosing closing : event.closings()) {
            Movement movement = switch (closing.disposition()) {
                case RECOVER -> Movement.RECOVER;
                case CARRY_FORWARD -> Movement.CARRY_OUT;
                case SURPLUS -> Movement.SURPLUS;
            };
            insert(row.movement(movement).line(closing.line()).amount(closing.amountFen())
                    .kind(closing.resultingKind() == null ? null : closing.resultingKind().name()));
        }
        insert(row.movement(Movement.CLOSED).line(null).amount(0).kind(null));
        positions.advance(NAME, event.ledgerId(), index + 1);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM ledger_entry");
        positions.forget(NAME);
    }

    private void insert(Row row) {
        BudgetLine line = row.line;
        jdbc.update("""
                INSERT INTO ledger_entry (ledger_id, sequence, entry_type, movement, effective_date, recorded_at,
                    recorded_by, request_id, document_no, voucher_no, reason, fund, function_code, nature, project_code,
                    project_name, balance_kind, revenue_type, economic_code, payee, three_public_category, amount_fen,
                    reception_batches, reception_guests, vehicles_purchased)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                row.ledgerId, row.sequence, row.entryType, row.movement.name(), Date.valueOf(row.effectiveDate),
                Timestamp.from(row.recordedAt), row.recordedBy, row.requestId, row.documentNo, row.voucherNo, row.reason,
                line == null ? null : line.fund().name(), line == null ? null : line.functionCode(),
                line == null ? null : line.nature().name(), line == null ? null : line.projectCode(),
                line == null ? null : line.projectName(), row.balanceKind, row.revenueType, row.economicCode, row.payee,
                row.threePublicCategory, row.amountFen, row.receptionBatches, row.receptionGuests, row.vehiclesPurchased);
    }

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
