package org.budgetledger.command.ledger;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.budgetledger.events.AdjustmentDirection;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.events.RevenueType;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.QualitativeGrade;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.Procurement;
import org.budgetledger.publication.StatementKind;

/**
 * The commands of a ledger. Their shape (required fields, positive amounts, code formats) is
 * checked when a request is read; the rules that need the ledger's state are the aggregate's.
 */
public final class Commands {

    private Commands() {
    }

    /** Opens a unit's ledger for a year; {@code openingBalances} is null when none are stated. */
    public record OpenLedger(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            String unitCode, String unitName, int fiscalYear, List<OpeningBalance> openingBalances)
            implements LedgerCommand {
    }

    /** 年初预算: an initial appropriation to a fiscal line. */
    public record AppropriateFunds(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            BudgetLine line, long amountFen, String documentNo, LocalDate effectiveDate, String note)
            implements LedgerCommand {
    }

    /** 年中追加 / 压减. */
    public record MidYearAdjust(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            BudgetLine line, AdjustmentDirection direction, long amountFen, String reason, String documentNo,
            LocalDate effectiveDate) implements LedgerCommand {
    }

    /** 调剂: budget moved from one fiscal line to another of the same fund and nature. */
    public record TransferBudget(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            BudgetLine from, BudgetLine to, long amountFen, String reason, String documentNo, LocalDate effectiveDate)
            implements LedgerCommand {
    }

    /**
     * Non-fiscal revenue on a {@code UNIT_FUNDS} line; {@code counterpartyUnit} (optional) names the
     * unit that paid a 上级补助收入 or 附属单位上缴收入.
     */
    public record RecordRevenue(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            BudgetLine line, RevenueType revenueType, long amountFen, LocalDate effectiveDate, String voucherNo,
            String description, String counterpartyUnit) implements LedgerCommand {
    }

    /**
     * An expenditure from a line; {@code counterpartyUnit} (optional) names the budget unit that
     * received it (a subsidy to a subordinate unit, a remittance to the parent); {@code procurement}
     * (optional) that it was spent under government procurement.
     */
    public record RecordExpenditure(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            BudgetLine line, String economicCode, long amountFen, LocalDate effectiveDate, String voucherNo,
            String payee, String description, ExpenditureStatistics statistics, String counterpartyUnit,
            Procurement procurement) implements LedgerCommand {

        /** An expenditure outside procurement. */
        public RecordExpenditure(String ledgerId, String requestId, String recordedBy, BudgetLine line, String economicCode,
                long amountFen, LocalDate effectiveDate, String voucherNo, String payee, String description,
                ExpenditureStatistics statistics, String counterpartyUnit) {
            this(ledgerId, requestId, recordedBy, line, economicCode, amountFen, effectiveDate, voucherNo, payee, description,
                    statistics, counterpartyUnit, null);
        }
    }

    /**
     * 申请: a payment request, reserving its amount on the line until it is approved or rejected;
     * {@code procurement} (optional) goes with it into the expenditure its approval makes.
     */
    public record RequestPayment(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            BudgetLine line, String economicCode, long amountFen, LocalDate effectiveDate, String voucherNo,
            String payee, String description, ExpenditureStatistics statistics, Procurement procurement)
            implements LedgerCommand {

        /** A payment request outside procurement. */
        public RequestPayment(String ledgerId, String requestId, String recordedBy, BudgetLine line, String economicCode,
                long amountFen, LocalDate effectiveDate, String voucherNo, String payee, String description,
                ExpenditureStatistics statistics) {
            this(ledgerId, requestId, recordedBy, line, economicCode, amountFen, effectiveDate, voucherNo, payee, description,
                    statistics, null);
        }
    }

    /**
     * 审核通过: a pending payment request becomes an expenditure; never by its requester, except in
     * {@code administratorRestore}: a journal posted by an administrator, which records again, in one
     * name, a history whose request and approval were made by two people (a restore of an export).
     * An administrator can create the second user anyway; the rule stops a clerk, not them.
     */
    public record ApprovePayment(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            String paymentRequestId, LocalDate effectiveDate, boolean administratorRestore) implements LedgerCommand {

        /** An approval as the endpoint makes it: four eyes. */
        public ApprovePayment(String ledgerId, String requestId, String recordedBy, String paymentRequestId,
                LocalDate effectiveDate) {
            this(ledgerId, requestId, recordedBy, paymentRequestId, effectiveDate, false);
        }
    }

    /** 退回: a pending payment request is rejected with a reason and its reservation released. */
    public record RejectPayment(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            String paymentRequestId, String reason, LocalDate effectiveDate) implements LedgerCommand {
    }

    /**
     * 绩效目标 of a project ({@code projectCode}) or, when {@code projectCode} is null, of the unit's
     * overall spending; replaces the scope's earlier targets.
     */
    public record SetPerformanceTargets(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            String projectCode, String overallGoal, List<PerformanceIndicator> indicators, String documentNo,
            LocalDate effectiveDate) implements LedgerCommand {
    }

    /** 实际完成值 of one indicator of a scope (a project, or the unit when {@code projectCode} is null). */
    public record RecordPerformanceResult(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            String projectCode, String indicatorCode, String actual, QualitativeGrade grade, String scorePct,
            String deviationReason, String evidence, LocalDate effectiveDate) implements LedgerCommand {
    }

    /** Undoes a whole expenditure, once. */
    public record ReverseExpenditure(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            String voucherNo, String reason, LocalDate effectiveDate) implements LedgerCommand {
    }

    /** Replaces the control budget of one 三公 category. */
    public record SetThreePublicBudget(@TargetAggregateIdentifier String ledgerId, String requestId,
            String recordedBy, ThreePublicCategory category, long amountFen, String documentNo,
            LocalDate effectiveDate) implements LedgerCommand {
    }

    /** Replaces the budget of one 一般性支出 category (会议费 and 培训费 enforced, 机关运行经费 reported). */
    public record SetControlBudget(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            ControlBudgetCategory category, long amountFen, String documentNo, LocalDate effectiveDate)
            implements LedgerCommand {
    }

    /**
     * States facts beside the books, replacing the previous statement of the kind. {@code figures}
     * are the values as stored (counts, or yuan with 2 decimals), kept in name order so that the
     * request's fingerprint does not depend on the order the client wrote them in.
     */
    public record RecordStatement(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            StatementKind kind, Map<String, String> figures, LocalDate effectiveDate) implements LedgerCommand {

        public RecordStatement {
            figures = Collections.unmodifiableMap(new TreeMap<>(figures));
        }
    }

    /** Closes the year, disposing of every balance. */
    public record CloseYear(@TargetAggregateIdentifier String ledgerId, String requestId, String recordedBy,
            LocalDate effectiveDate, Disposition defaultDisposition, List<LineDisposition> dispositions)
            implements LedgerCommand {
    }

    /**
     * Several commands of one ledger applied in one unit of work (one transaction, one commit),
     * in order, each as if sent alone: a refused one records nothing and the others still apply.
     * The journal sends its lines this way, because a commit per line is what a bulk load waits on.
     */
    public record Batch(@TargetAggregateIdentifier String ledgerId, List<LedgerCommand> commands) {
    }

    /** The outcome of each command of a {@link Batch}, in order: a {@code CommandOutcome} or the {@code LedgerRejection}. */
    public record BatchOutcome(List<Object> outcomes) {
    }

    /** A per-line override of the close's default disposition. */
    public record LineDisposition(BudgetLine line, Disposition disposition) {
    }
}
