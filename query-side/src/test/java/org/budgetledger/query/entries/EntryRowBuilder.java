package org.budgetledger.query.entries;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.line.Movement;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;

/**
 * Builds {@code ledger_entry} rows by hand, as the entry projection would write them, for
 * tests of what is computed from them.
 */
public final class EntryRowBuilder {

    public static final BudgetLine BASIC = BudgetLine.basic(Fund.GENERAL_BUDGET, "2040201");
    public static final BudgetLine PROJECT = BudgetLine.project(Fund.GENERAL_BUDGET, "2040202", "P01", "交通标志标线维护");
    public static final BudgetLine UNIT_FUNDS = BudgetLine.basic(Fund.UNIT_FUNDS, "2040201");
    public static final BudgetLine GOVERNMENT_FUND = BudgetLine.basic(Fund.GOVERNMENT_FUND, "2040201");

    private final long sequence;
    private final Movement movement;
    private String entryType;
    private LocalDate effectiveDate = LocalDate.of(2023, 1, 6);
    private Instant recordedAt = Instant.parse("2023-01-06T08:00:00Z");
    private String documentNo;
    private String voucherNo;
    private String reason;
    private BudgetLine line;
    private String balanceKind;
    private String revenueType;
    private String economicCode;
    private String threePublicCategory;
    private long amountFen;
    private int receptionBatches;
    private int receptionGuests;
    private int vehiclesPurchased;
    private String procurementMethod;
    private String supplierSize;
    private String controlBudgetCategory;
    private String statementKind;
    private String payload;

    private EntryRowBuilder(long sequence, Movement movement) {
        this.sequence = sequence;
        this.movement = movement;
        this.entryType = switch (movement) {
            case OPENED, CARRY_IN -> "LedgerOpened";
            case INITIAL -> "FundsAppropriated";
            case INCREASE, DECREASE -> "BudgetAdjusted";
            case REVENUE -> "RevenueRecorded";
            case SPEND -> "ExpenditureRecorded";
            case REVERSAL -> "ExpenditureReversed";
            case THREE_PUBLIC_BUDGET -> "ThreePublicBudgetSet";
            case RECOVER, CARRY_OUT, SURPLUS, CLOSED -> "YearClosed";
            case TRANSFER_OUT, TRANSFER_IN -> "BudgetTransferred";
            case RESERVE -> "PaymentRequested";
            case RELEASE -> "PaymentRequestRejected";
            case PERFORMANCE_TARGETS -> "PerformanceTargetsSet";
            case PERFORMANCE_RESULT -> "PerformanceResultRecorded";
            case CONTROL_BUDGET -> "ControlBudgetSet";
            case STATEMENT -> "StatementRecorded";
        };
    }

    public static EntryRowBuilder row(long sequence, Movement movement) {
        return new EntryRowBuilder(sequence, movement);
    }

    public EntryRowBuilder line(BudgetLine value) {
        line = value;
        return this;
    }

    public EntryRowBuilder fen(long value) {
        amountFen = value;
        return this;
    }

    public EntryRowBuilder on(String date) {
        effectiveDate = LocalDate.parse(date);
        return this;
    }

    public EntryRowBuilder recordedAt(String instant) {
        recordedAt = Instant.parse(instant);
        return this;
    }

    public EntryRowBuilder document(String value) {
        documentNo = value;
        return this;
    }

    public EntryRowBuilder voucher(String value) {
        voucherNo = value;
        return this;
    }

    public EntryRowBuilder reason(String value) {
        reason = value;
        return this;
    }

    public EntryRowBuilder kind(String value) {
        balanceKind = value;
        return this;
    }

    public EntryRowBuilder revenueType(String value) {
        revenueType = value;
        return this;
    }

    public EntryRowBuilder economic(String value) {
        economicCode = value;
        return this;
    }

    public EntryRowBuilder category(String value) {
        threePublicCategory = value;
        return this;
    }

    public EntryRowBuilder statistics(int batches, int guests, int vehicles) {
        receptionBatches = batches;
        receptionGuests = guests;
        vehiclesPurchased = vehicles;
        return this;
    }

    public EntryRowBuilder procurement(String method, String size) {
        procurementMethod = method;
        supplierSize = size;
        return this;
    }

    public EntryRowBuilder controlBudget(String category) {
        controlBudgetCategory = category;
        return this;
    }

    /** A statement's row: its kind and its figures as the projection stores them (JSON). */
    public EntryRowBuilder statement(String kind, String figuresJson) {
        statementKind = kind;
        payload = figuresJson;
        return this;
    }

    public EntryRow build() {
        return new EntryRow(sequence, entryType, movement, effectiveDate, recordedAt, "finance-office",
                "req-" + sequence + "-" + movement, documentNo, voucherNo, reason, line, balanceKind, revenueType,
                economicCode, null, threePublicCategory, amountFen, receptionBatches, receptionGuests,
                vehiclesPurchased, null, null, payload, procurementMethod, supplierSize, controlBudgetCategory, statementKind);
    }
}
