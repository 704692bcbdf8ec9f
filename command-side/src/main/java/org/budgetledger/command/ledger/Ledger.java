package org.budgetledger.command.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.command.ledger.Commands.AppropriateFunds;
import org.budgetledger.command.ledger.Commands.ApprovePayment;
import org.budgetledger.command.ledger.Commands.CloseYear;
import org.budgetledger.command.ledger.Commands.LineDisposition;
import org.budgetledger.command.ledger.Commands.MidYearAdjust;
import org.budgetledger.command.ledger.Commands.OpenLedger;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.RecordPerformanceResult;
import org.budgetledger.command.ledger.Commands.RecordRevenue;
import org.budgetledger.command.ledger.Commands.RejectPayment;
import org.budgetledger.command.ledger.Commands.RequestPayment;
import org.budgetledger.command.ledger.Commands.ReverseExpenditure;
import org.budgetledger.command.ledger.Commands.RecordStatement;
import org.budgetledger.command.ledger.Commands.SetControlBudget;
import org.budgetledger.command.ledger.Commands.SetPerformanceTargets;
import org.budgetledger.command.ledger.Commands.SetThreePublicBudget;
import org.budgetledger.command.ledger.Commands.TransferBudget;
import org.budgetledger.events.AdjustmentDirection;
import org.budgetledger.events.BudgetAdjusted;
import org.budgetledger.events.BudgetTransferred;
import org.budgetledger.events.ControlBudgetSet;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ExpenditureRecorded;
import org.budgetledger.events.ExpenditureReversed;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.FundsAppropriated;
import org.budgetledger.events.LedgerEvent;
import org.budgetledger.events.LedgerOpened;
import org.budgetledger.events.LineClosing;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.events.PaymentApproved;
import org.budgetledger.events.PaymentRequestRejected;
import org.budgetledger.events.PaymentRequested;
import org.budgetledger.events.PerformanceResultRecorded;
import org.budgetledger.events.PerformanceTargetsSet;
import org.budgetledger.events.RevenueRecorded;
import org.budgetledger.events.StatementRecorded;
import org.budgetledger.events.ThreePublicBudgetSet;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.events.YearClosed;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.LineMovement;
import org.budgetledger.line.LineTally;
import org.budgetledger.line.Nature;
import org.budgetledger.money.Money;
import org.budgetledger.performance.IndicatorScore;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.PerformanceScoring;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.Procurement;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;

/**
 * One unit's ledger for one fiscal year: the consistency boundary of every rule. Holding all
 * lines in one aggregate gives the ledger one gapless, ordered history (its sequence), makes
 * the close atomic and the closed state trivial to enforce.
 *
 * <p>Every command handler first recognises a repeated request (same id, same content: answer
 * again, record nothing; different content: conflict), then checks the rules, then applies
 * exactly one event. The entry count after the event is the {@code sequence} of the answer.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger", snapshotFilter = "ledgerSnapshotFilter", cache = "ledgerCache")
@Revision(Ledger.STATE_REVISION)
public class Ledger {

    /**
     * The revision of the state a snapshot stores. Raise it when a field is added that an older
     * snapshot would load wrongly (empty instead of what the events say): older snapshots are then
     * skipped ({@code ledgerSnapshotFilter}). 2: the 会议费/培训费 budgets and tallies.
     */
    static final String STATE_REVISION = "2";

    /** The economic classes of basic expenditure: what 人员经费 and 公用经费 (tables 05 and 06) cover. */
    static final List<String> BASIC_ECONOMIC_CLASSES = List.of("301", "302", "303", "307", "310", "399");

    @AggregateIdentifier
    private String ledgerId;
    private int fiscalYear;
    private boolean closed;
    private long entryCount;
    private final Map<String, LineTally> lines = new LinkedHashMap<>();
    private final Map<String, String> projectNames = new HashMap<>();
    private final Map<ThreePublicCategory, Long> threePublicBudgets = new EnumMap<>(ThreePublicCategory.class);
    private final Map<ThreePublicCategory, Long> threePublicSpent = new EnumMap<>(ThreePublicCategory.class);
    /** What pending payment requests hold of each 三公 category: counted against its control budget like spending. */
    private final Map<ThreePublicCategory, Long> threePublicReserved = new EnumMap<>(ThreePublicCategory.class);
    /** The 一般性支出 budgets; 会议费 and 培训费 limit fiscal spending on their codes as the 三公 ones do. */
    private final Map<ControlBudgetCategory, Long> controlBudgets = new EnumMap<>(ControlBudgetCategory.class);
    private final Map<ControlBudgetCategory, Long> controlSpent = new EnumMap<>(ControlBudgetCategory.class);
    /** What pending payment requests hold of 会议费 and 培训费: counted against their budgets like spending. */
    private final Map<ControlBudgetCategory, Long> controlReserved = new EnumMap<>(ControlBudgetCategory.class);
    private final Map<String, PaymentRequestSeen> pendingPayments = new HashMap<>();
    private final List<OpeningBalance> closingBalances = new ArrayList<>();
    private LocalDate latestEffectiveDate;
    /** The current performance targets by scope ("" for the unit, else the project code), then by indicator code. */
    private final Map<String, Map<String, PerformanceIndicator>> performanceTargets = new HashMap<>();

    /** A pending payment request: what its approval will spend, and who asked. */
    record PaymentRequestSeen(BudgetLine line, String economicCode, long amountFen, String voucherNo, String payee,
            String description, ExpenditureStatistics statistics, String requestedBy, LocalDate requestedOn,
            Procurement procurement) {
    }

    protected Ledger() {
        // for Axon
    }

    /**
     * Opens the ledger. The opening balances were either stated by the client or brought
     * forward from the closed previous year; {@link LedgerOpening} decides which.
     */
    Ledger(OpenLedger command, List<OpeningBalance> openingBalances, boolean broughtForward) {
        apply(new LedgerOpened(command.ledgerId(), command.unitCode(), command.unitName(), command.fiscalYear(),
                List.copyOf(openingBalances), broughtForward, LocalDate.of(command.fiscalYear(), 1, 1),
                command.requestId(), RequestFingerprint.of(command), command.recordedBy(), now()));
    }

    /** The answer to the command that opened this ledger, or to a repeat of it. */
    CommandOutcome answerOpening(OpenLedger command, LedgerLogs logs) {
        Optional<CommandOutcome> repeat = repeated(command, logs);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        throw new LedgerRejection(ErrorCode.LEDGER_EXISTS, "The ledger " + ledgerId + " is already open");
    }

    /** The answer to the command that has just opened this ledger, its request recorded in the log. */
    CommandOutcome openingOutcome(OpenLedger command, LedgerLogs logs) {
        logs.requests().record(ledgerId, new RequestLog.Entry(command.requestId(), RequestFingerprint.of(command), entryCount, null, null));
        return new CommandOutcome(command.requestId(), ledgerId, entryCount, false, null);
    }

    boolean isClosed() {
        return closed;
    }

    /** The balances the next year opens with: every carried-forward and surplus balance. */
    List<OpeningBalance> closingBalances() {
        return List.copyOf(closingBalances);
    }

    /**
     * A journal's lines for this ledger, each handled by its own handler, as if sent one by one;
     * a refusal records nothing of its command and does not stop the others. They commit together.
     */
    @CommandHandler
    public Commands.BatchOutcome handle(Commands.Batch batch, ClassificationCatalogue catalogue, LedgerLogs logs) {
        BatchLedgerLogs batchLogs = new BatchLedgerLogs(ledgerId, logs, batch.commands());
        List<Object> outcomes = new ArrayList<>();
        for (LedgerCommand command : batch.commands()) {
            try {
                outcomes.add(dispatch(command, catalogue, batchLogs.logs()));
            } catch (LedgerRejection rejection) {
                outcomes.add(rejection);
            }
        }
        batchLogs.flush();
        return new Commands.BatchOutcome(outcomes);
    }

    private CommandOutcome dispatch(LedgerCommand command, ClassificationCatalogue catalogue, LedgerLogs logs) {
        if (command instanceof AppropriateFunds c) {
            return handle(c, catalogue, logs);
        }
        if (command instanceof MidYearAdjust c) {
            return handle(c, catalogue, logs);
        }
        if (command instanceof TransferBudget c) {
            return handle(c, catalogue, logs);
        }
        if (command instanceof RecordRevenue c) {
            return handle(c, catalogue, logs);
        }
        if (command instanceof RecordExpenditure c) {
            return handle(c, catalogue, logs);
        }
        if (command instanceof RequestPayment c) {
            return handle(c, catalogue, logs);
        }
        if (command instanceof ApprovePayment c) {
            return handle(c, logs);
        }
        if (command instanceof RejectPayment c) {
            return handle(c, logs);
        }
        if (command instanceof ReverseExpenditure c) {
            return handle(c, logs);
        }
        if (command instanceof SetThreePublicBudget c) {
            return handle(c, logs);
        }
        if (command instanceof SetControlBudget c) {
            return handle(c, logs);
        }
        if (command instanceof RecordStatement c) {
            return handle(c, logs);
        }
        if (command instanceof SetPerformanceTargets c) {
            return handle(c, logs);
        }
        if (command instanceof RecordPerformanceResult c) {
            return handle(c, logs);
        }
        if (command instanceof CloseYear c) {
            return handle(c, logs);
        }
        throw new IllegalArgumentException("A batch cannot hold " + command.getClass().getSimpleName());
    }

    @CommandHandler
    public CommandOutcome handle(AppropriateFunds command, ClassificationCatalogue catalogue, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            requirePositive(command.amountFen());
            requireFiscal(command.line(), "AppropriateFunds");
            requireKnownFunctionCode(catalogue, command.line());
            BudgetLine line = resolveProject(command.line());
            return applied(logs, new FundsAppropriated(ledgerId, line, command.amountFen(), command.documentNo(),
                    command.effectiveDate(), command.note(), command.requestId(), RequestFingerprint.of(command),
                    command.recordedBy(), now()));
        });
    }

    @CommandHandler
    public CommandOutcome handle(MidYearAdjust command, ClassificationCatalogue catalogue, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            requirePositive(command.amountFen());
            requireFiscal(command.line(), "MidYearAdjust");
            requireKnownFunctionCode(catalogue, command.line());
            BudgetLine line = resolveProject(command.line());
            if (command.direction() == AdjustmentDirection.DECREASE) {
                LineTally state = existingLine(line);
                if (command.amountFen() > available(state)) {
                    throw new LedgerRejection(ErrorCode.CUT_EXCEEDS_AVAILABLE, "A cut of " + Money.formatYuan(command.amountFen())
                            + " exceeds the available " + Money.formatYuan(available(state)) + " of line " + line.key());
                }
            }
            return applied(logs, new BudgetAdjusted(ledgerId, line, command.direction(), command.amountFen(), command.reason(),
                    command.documentNo(), command.effectiveDate(), command.requestId(), RequestFingerprint.of(command),
                    command.recordedBy(), now()));
        });
    }

    /**
     * 调剂: one entry moving budget between two fiscal lines of the same fund and the same nature.
     * {@code from} must exist and have the amount available; {@code to} may be new. The answer
     * names no line, since two are involved.
     */
    @CommandHandler
    public CommandOutcome handle(TransferBudget command, ClassificationCatalogue catalogue, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            requirePositive(command.amountFen());
            requireFiscal(command.from(), "from", "TransferBudget");
            requireFiscal(command.to(), "to", "TransferBudget");
            if (command.from().key().equals(command.to().key())) {
                throw LedgerRejection.invalid("to", "must be another line than from (" + command.from().key() + ")");
            }
            if (command.from().fund() != command.to().fund() || command.from().nature() != command.to().nature()) {
                throw new LedgerRejection(ErrorCode.TRANSFER_NOT_ALLOWED, "A transfer moves budget between lines of the same "
                        + "fund and the same nature (basic to basic, project to project), not from " + command.from().key()
                        + " to " + command.to().key());
            }
            requireKnownFunctionCode(catalogue, command.from());
            requireKnownFunctionCode(catalogue, command.to());
            BudgetLine from = resolveProject(command.from(), "from");
            LineTally state = existingLine(from);
            BudgetLine to = resolveProject(command.to(), "to");
            if (command.amountFen() > available(state)) {
                throw new LedgerRejection(ErrorCode.EXCEEDS_AVAILABLE, "A transfer of " + Money.formatYuan(command.amountFen())
                        + " exceeds the available " + Money.formatYuan(available(state)) + " of line " + from.key());
            }
            return applied(logs, new BudgetTransferred(ledgerId, state.line(), to, command.amountFen(), command.reason(),
                    command.documentNo(), command.effectiveDate(), command.requestId(), RequestFingerprint.of(command),
                    command.recordedBy(), now()));
        });
    }

    @CommandHandler
    public CommandOutcome handle(RecordRevenue command, ClassificationCatalogue catalogue, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            requirePositive(command.amountFen());
            if (command.line().fund() != Fund.UNIT_FUNDS) {
                throw LedgerRejection.invalid("line.fund", "must be UNIT_FUNDS: revenue is money that is not a fiscal appropriation");
            }
            requireKnownFunctionCode(catalogue, command.line());
            requireNewVoucher(command.voucherNo(), logs);
            requireOtherUnit(command.counterpartyUnit());
            BudgetLine line = resolveProject(command.line());
            return applied(logs, new RevenueRecorded(ledgerId, line, command.revenueType(), command.amountFen(), command.voucherNo(),
                    command.effectiveDate(), command.description(), command.counterpartyUnit(), command.requestId(),
                    RequestFingerprint.of(command),
                    command.recordedBy(), now()));
        });
    }

    @CommandHandler
    public CommandOutcome handle(RecordExpenditure command, ClassificationCatalogue catalogue, LedgerLogs logs) {
        return once(command, logs, () -> {
            BudgetLine line = checkSpending(catalogue, logs, command.line(), command.economicCode(), command.amountFen(),
                    command.effectiveDate(), command.voucherNo(), "An expenditure");
            requireOtherUnit(command.counterpartyUnit());
            return applied(logs, new ExpenditureRecorded(ledgerId, line, command.economicCode(), command.amountFen(),
                    command.voucherNo(), command.effectiveDate(), command.payee(), command.description(),
                    command.statistics(), command.counterpartyUnit(), command.procurement(), command.requestId(),
                    RequestFingerprint.of(command), command.recordedBy(), now()));
        });
    }

    /**
     * 申请: checked exactly as an expenditure, then reserved on the line, so that what pending
     * requests hold is never available to another request or expenditure.
     */
    @CommandHandler
    public CommandOutcome handle(RequestPayment command, ClassificationCatalogue catalogue, LedgerLogs logs) {
        return once(command, logs, () -> {
            BudgetLine line = checkSpending(catalogue, logs, command.line(), command.economicCode(), command.amountFen(),
                    command.effectiveDate(), command.voucherNo(), "A payment request");
            String paymentRequestId = PaymentRequested.idOf(entryCount + 1);
            return applied(logs, new PaymentRequested(ledgerId, paymentRequestId, line, command.economicCode(), command.amountFen(),
                    command.voucherNo(), command.effectiveDate(), command.payee(), command.description(),
                    command.statistics(), command.procurement(), command.requestId(), RequestFingerprint.of(command),
                    command.recordedBy(), now()));
        });
    }

    /** 审核通过, by an APPROVER other than the requester (four eyes): the reservation is spent. */
    @CommandHandler
    public CommandOutcome handle(ApprovePayment command, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            PaymentRequestSeen pending = pendingPayment(command.paymentRequestId(), logs);
            if (pending.requestedBy().equals(command.recordedBy()) && !command.administratorRestore()) {
                throw new LedgerRejection(ErrorCode.SELF_APPROVAL_FORBIDDEN, "The payment request " + command.paymentRequestId()
                        + " was raised by " + pending.requestedBy() + ", who cannot approve it: someone else must");
            }
            requireNotBefore(command.effectiveDate(), pending);
            return applied(logs, new PaymentApproved(ledgerId, command.paymentRequestId(), pending.line(), pending.economicCode(),
                    pending.amountFen(), pending.voucherNo(), pending.payee(), pending.description(), pending.statistics(),
                    pending.procurement(), pending.requestedBy(), command.effectiveDate(), command.requestId(), RequestFingerprint.of(command),
                    command.recordedBy(), now()));
        });
    }

    /**
     * 退回, with a reason: the reservation is released. Unlike an approval, an APPROVER may
     * reject (withdraw) a request of their own: releasing money needs no second pair of eyes.
     * Undated, the rejection takes the request's own date.
     */
    @CommandHandler
    public CommandOutcome handle(RejectPayment command, LedgerLogs logs) {
        return once(command, logs, () -> {
            PaymentRequestSeen pending = pendingPayment(command.paymentRequestId(), logs);
            LocalDate effectiveDate = command.effectiveDate() != null ? command.effectiveDate() : pending.requestedOn();
            requireInYear(effectiveDate);
            requireNotBefore(effectiveDate, pending);
            return applied(logs, new PaymentRequestRejected(ledgerId, command.paymentRequestId(), pending.line(), pending.economicCode(),
                    pending.amountFen(), pending.voucherNo(), pending.requestedBy(), command.reason(),
                    effectiveDate, command.requestId(), RequestFingerprint.of(command), command.recordedBy(), now()));
        });
    }

    @CommandHandler
    public CommandOutcome handle(ReverseExpenditure command, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            VoucherLog.Voucher original = logs.vouchers().find(ledgerId, command.voucherNo())
                    .filter(voucher -> voucher.kind() == VoucherLog.Kind.EXPENDITURE).orElse(null);
            if (original == null) {
                throw new LedgerRejection(ErrorCode.EXPENDITURE_NOT_FOUND, "No expenditure with voucher " + command.voucherNo()
                        + " in ledger " + ledgerId);
            }
            if (original.reversed()) {
                throw new LedgerRejection(ErrorCode.EXPENDITURE_ALREADY_REVERSED, "The expenditure " + command.voucherNo()
                        + " is already reversed");
            }
            BudgetLine line = lines.get(original.lineKey()).line();
            return applied(logs, new ExpenditureReversed(ledgerId, command.voucherNo(), line, original.economicCode(),
                    original.amountFen(), original.statistics(), command.reason(), command.effectiveDate(),
                    command.requestId(), RequestFingerprint.of(command), command.recordedBy(), now()));
        });
    }

    @CommandHandler
    public CommandOutcome handle(SetThreePublicBudget command, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            if (command.amountFen() < 0) {
                throw LedgerRejection.invalid("amount", "must not be negative");
            }
            requireNotBelowCommitted(ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED, command.amountFen(), command.category().label(),
                    threePublicSpent.getOrDefault(command.category(), 0L), threePublicReserved.getOrDefault(command.category(), 0L));
            return applied(logs, new ThreePublicBudgetSet(ledgerId, command.category(), command.amountFen(), command.documentNo(),
                    command.effectiveDate(), command.requestId(), RequestFingerprint.of(command), command.recordedBy(),
                    now()));
        });
    }

    /**
     * The budget of a 一般性支出 category. Like a 三公 control budget, an enforced one (会议费, 培训费)
     * may not be set below what is already spent and held on its code; 机关运行经费 is only reported.
     */
    @CommandHandler
    public CommandOutcome handle(SetControlBudget command, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            if (command.amountFen() < 0) {
                throw LedgerRejection.invalid("amount", "must not be negative");
            }
            if (command.category().enforced()) {
                requireNotBelowCommitted(ErrorCode.CONTROL_BUDGET_EXCEEDED, command.amountFen(), command.category().label(),
                        controlSpent.getOrDefault(command.category(), 0L), controlReserved.getOrDefault(command.category(), 0L));
            }
            return applied(logs, new ControlBudgetSet(ledgerId, command.category(), command.amountFen(), command.documentNo(),
                    command.effectiveDate(), command.requestId(), RequestFingerprint.of(command), command.recordedBy(), now()));
        });
    }

    /**
     * A statement of facts beside the books (the figures' names and values were checked when the
     * request was read). Dated from the start of the year to 31 March of the next, after the close
     * too: assets are counted at year end and the publication is written after the close.
     */
    @CommandHandler
    public CommandOutcome handle(RecordStatement command, LedgerLogs logs) {
        Optional<CommandOutcome> repeat = repeated(command, logs);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        LocalDate latest = LocalDate.of(fiscalYear + 1, 3, 31);
        if (command.effectiveDate().getYear() < fiscalYear || command.effectiveDate().isAfter(latest)) {
            throw new LedgerRejection(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR, "A statement of " + fiscalYear
                    + " is dated between " + fiscalYear + "-01-01 and " + latest + ", not " + command.effectiveDate());
        }
        for (String name : command.figures().keySet()) {
            if (!command.kind().figureNames().contains(name)) {
                throw LedgerRejection.invalid("figures." + name, "is not a figure of " + command.kind());
            }
        }
        return applied(logs, new StatementRecorded(ledgerId, command.kind(), command.figures(), command.effectiveDate(),
                command.requestId(), RequestFingerprint.of(command), command.recordedBy(), now()));
    }

    /**
     * 绩效目标: set at the start of the year for a project of the ledger or for the unit; their
     * shape (levels, codes, weights adding up to 90) is checked when the request is read.
     */
    @CommandHandler
    public CommandOutcome handle(SetPerformanceTargets command, LedgerLogs logs) {
        return once(command, logs, () -> {
            requireInYear(command.effectiveDate());
            if (command.projectCode() != null && !projectNames.containsKey(command.projectCode())) {
                throw LedgerRejection.invalid("scope.projectCode", "names no project of ledger " + ledgerId + " (a project "
                        + "exists once budget has been appropriated to it)");
            }
            return applied(logs, new PerformanceTargetsSet(ledgerId, command.projectCode(), command.overallGoal(),
                    List.copyOf(command.indicators()), command.documentNo(), command.effectiveDate(), command.requestId(),
                    RequestFingerprint.of(command), command.recordedBy(), now()));
        });
    }

    /**
     * 实际完成值 of an indicator: accepted from the start of the year to 31 March of the next (the
     * evaluation period), after the close too, since the evaluation follows the accounts.
     */
    @CommandHandler
    public CommandOutcome handle(RecordPerformanceResult command, LedgerLogs logs) {
        Optional<CommandOutcome> repeat = repeated(command, logs);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        LocalDate latest = LocalDate.of(fiscalYear + 1, 3, 31);
        if (command.effectiveDate().getYear() < fiscalYear || command.effectiveDate().isAfter(latest)) {
            throw new LedgerRejection(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR, "A performance result of " + fiscalYear
                    + " is dated between " + fiscalYear + "-01-01 and " + latest + ", not " + command.effectiveDate());
        }
        Map<String, PerformanceIndicator> targets = performanceTargets.get(scopeKey(command.projectCode()));
        if (targets == null) {
            throw LedgerRejection.invalid("scope", (command.projectCode() == null ? "the unit" : "project " + command.projectCode())
                    + " has no performance targets in ledger " + ledgerId + ": set them first");
        }
        PerformanceIndicator indicator = targets.get(command.indicatorCode());
        if (indicator == null) {
            throw LedgerRejection.invalid("indicatorCode", "is not an indicator of the scope: " + targets.keySet().stream().sorted().toList());
        }
        IndicatorScore score = score(indicator, command);
        if (score.missed() && (command.deviationReason() == null || command.deviationReason().isBlank())) {
            throw LedgerRejection.invalid("deviationReason", "is required: the result misses its target (" + score.rule()
                    + ", " + score.points().toPlainString() + " of " + indicator.weight() + " points)");
        }
        return applied(logs, new PerformanceResultRecorded(ledgerId, command.projectCode(), command.indicatorCode(), command.actual(),
                command.grade(), command.scorePct(), command.deviationReason(), command.evidence(), command.effectiveDate(),
                command.requestId(), RequestFingerprint.of(command), command.recordedBy(), now()));
    }

    /** The result's score, once it has what its indicator needs: an actual value, or a grade with its percentage. */
    private static IndicatorScore score(PerformanceIndicator indicator, RecordPerformanceResult command) {
        if (indicator.comparator().quantitative()) {
            if (command.actual() == null) {
                throw LedgerRejection.invalid("actual", "is required for the quantitative indicator " + indicator.code());
            }
            return PerformanceScoring.quantitative(indicator, new BigDecimal(command.actual()));
        }
        if (command.grade() == null || command.scorePct() == null) {
            throw LedgerRejection.invalid(command.grade() == null ? "grade" : "scorePct",
                    "is required for the qualitative indicator " + indicator.code() + " (grade and scorePct)");
        }
        BigDecimal pct = new BigDecimal(command.scorePct());
        if (!command.grade().admits(pct)) {
            throw LedgerRejection.invalid("scorePct", "must lie in the band of " + command.grade() + ": "
                    + command.grade().lowPct() + " to " + command.grade().highPct());
        }
        return PerformanceScoring.qualitative(indicator, command.grade(), pct);
    }

    private static String scopeKey(String projectCode) {
        return projectCode == null ? "" : projectCode;
    }

    @CommandHandler
    public CommandOutcome handle(CloseYear command, LedgerLogs logs) {
        return once(command, logs, () -> {
            LocalDate latest = LocalDate.of(fiscalYear + 1, 3, 31);
            if (command.effectiveDate().isBefore(LocalDate.of(fiscalYear, 1, 1)) || command.effectiveDate().isAfter(latest)) {
                throw new LedgerRejection(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR, "The close of " + fiscalYear
                        + " must be dated between " + fiscalYear + "-01-01 and " + latest + ", not " + command.effectiveDate());
            }
            if (latestEffectiveDate != null && command.effectiveDate().isBefore(latestEffectiveDate)) {
                throw LedgerRejection.invalid("effectiveDate", "must not be before " + latestEffectiveDate
                        + ", the date of the ledger's latest entry: the close disposes of every balance as of its date");
            }
            if (!pendingPayments.isEmpty()) {
                throw new LedgerRejection(ErrorCode.PENDING_PAYMENT_REQUESTS, "The year cannot close while payment requests "
                        + "are pending: approve or reject " + String.join(", ", pendingPayments.keySet().stream().sorted().toList()));
            }
            Map<String, Disposition> overrides = new HashMap<>();
            for (LineDisposition override : command.dispositions()) {
                BudgetLine line = existingLine(override.line()).line();
                requireFits(override.disposition(), line);
                if (overrides.put(line.key(), override.disposition()) != null) {
                    throw LedgerRejection.invalid("dispositions", "name line " + line.key() + " more than once");
                }
            }
            List<LineClosing> closings = new ArrayList<>();
            for (LineTally state : lines.values()) {
                long balance = available(state);
                BudgetLine line = state.line();
                if (balance <= 0) {
                    continue;
                }
                Disposition disposition = overrides.getOrDefault(line.key(), fitted(command.defaultDisposition(), line));
                closings.add(new LineClosing(line, disposition, balance, resultingKind(disposition, line)));
            }
            return applied(logs, new YearClosed(ledgerId, command.effectiveDate(), command.defaultDisposition(), closings,
                    command.requestId(), RequestFingerprint.of(command), command.recordedBy(), now()));
        });
    }

    // ---- event sourcing handlers: state changes only, never a rule ----
    // What an event does to its lines is the event's own statement (lineMovements), applied by
    // LineTally; the handlers keep only what the rules need besides the lines' figures.

    @EventSourcingHandler
    void on(LedgerOpened event) {
        ledgerId = event.ledgerId();
        fiscalYear = event.fiscalYear();
        moveLines(event);
        entered();
    }

    @EventSourcingHandler
    void on(FundsAppropriated event) {
        dated(event.effectiveDate());
        moveLines(event);
        entered();
    }

    @EventSourcingHandler
    void on(BudgetAdjusted event) {
        dated(event.effectiveDate());
        moveLines(event);
        entered();
    }

    @EventSourcingHandler
    void on(BudgetTransferred event) {
        dated(event.effectiveDate());
        moveLines(event);
        entered();
    }

    @EventSourcingHandler
    void on(RevenueRecorded event) {
        dated(event.effectiveDate());
        moveLines(event);
        entered();
    }

    @EventSourcingHandler
    void on(ExpenditureRecorded event) {
        dated(event.effectiveDate());
        moveLines(event);
        threePublic(event.line(), event.economicCode(), threePublicSpent, event.amountFen());
        controlled(event.line(), event.economicCode(), controlSpent, event.amountFen());
        entered();
    }

    @EventSourcingHandler
    void on(PaymentRequested event) {
        dated(event.effectiveDate());
        moveLines(event);
        pendingPayments.put(event.paymentRequestId(), new PaymentRequestSeen(event.line(), event.economicCode(),
                event.amountFen(), event.voucherNo(), event.payee(), event.description(), event.statistics(),
                event.recordedBy(), event.effectiveDate(), event.procurement()));
        threePublic(event.line(), event.economicCode(), threePublicReserved, event.amountFen());
        controlled(event.line(), event.economicCode(), controlReserved, event.amountFen());
        entered();
    }

    @EventSourcingHandler
    void on(PaymentApproved event) {
        dated(event.effectiveDate());
        moveLines(event);
        pendingPayments.remove(event.paymentRequestId());
        threePublic(event.line(), event.economicCode(), threePublicReserved, -event.amountFen());
        threePublic(event.line(), event.economicCode(), threePublicSpent, event.amountFen());
        controlled(event.line(), event.economicCode(), controlReserved, -event.amountFen());
        controlled(event.line(), event.economicCode(), controlSpent, event.amountFen());
        entered();
    }

    @EventSourcingHandler
    void on(PaymentRequestRejected event) {
        dated(event.effectiveDate());
        moveLines(event);
        pendingPayments.remove(event.paymentRequestId());
        threePublic(event.line(), event.economicCode(), threePublicReserved, -event.amountFen());
        controlled(event.line(), event.economicCode(), controlReserved, -event.amountFen());
        entered();
    }

    @EventSourcingHandler
    void on(ExpenditureReversed event) {
        dated(event.effectiveDate());
        moveLines(event);
        threePublic(event.line(), event.economicCode(), threePublicSpent, -event.amountFen());
        controlled(event.line(), event.economicCode(), controlSpent, -event.amountFen());
        entered();
    }

    @EventSourcingHandler
    void on(ThreePublicBudgetSet event) {
        dated(event.effectiveDate());
        threePublicBudgets.put(event.category(), event.amountFen());
        entered();
    }

    @EventSourcingHandler
    void on(ControlBudgetSet event) {
        dated(event.effectiveDate());
        controlBudgets.put(event.category(), event.amountFen());
        entered();
    }

    /** Statements do not date the ledger: like results, they may follow its close. */
    @EventSourcingHandler
    void on(StatementRecorded event) {
        entered();
    }

    @EventSourcingHandler
    void on(PerformanceTargetsSet event) {
        dated(event.effectiveDate());
        Map<String, PerformanceIndicator> targets = new LinkedHashMap<>();
        event.indicators().forEach(indicator -> targets.put(indicator.code(), indicator));
        performanceTargets.put(scopeKey(event.projectCode()), targets);
        entered();
    }

    /** Results do not date the ledger: they may follow its close, which disposes of balances as of its own date. */
    @EventSourcingHandler
    void on(PerformanceResultRecorded event) {
        entered();
    }

    @EventSourcingHandler
    void on(YearClosed event) {
        moveLines(event);
        for (LineClosing closing : event.closings()) {
            if (closing.resultingKind() != null) {
                closingBalances.add(new OpeningBalance(closing.line(), closing.resultingKind(), closing.amountFen()));
            }
        }
        closed = true;
        entered();
    }

    // ---- rules ----

    /**
     * Runs a command's handler once: a repeated request is answered again without touching the
     * ledger (even a closed one), anything else needs an open ledger.
     */
    private CommandOutcome once(LedgerCommand command, LedgerLogs logs, Supplier<CommandOutcome> handler) {
        Optional<CommandOutcome> repeat = repeated(command, logs);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        requireOpen();
        return handler.get();
    }

    /**
     * The answer again, if the request was already applied to this ledger (looked up in the
     * request log, which outlives every restart); a request id used for other content is a conflict.
     */
    private Optional<CommandOutcome> repeated(LedgerCommand command, LedgerLogs logs) {
        Optional<RequestLog.Entry> seen = logs.requests().find(ledgerId, command.requestId());
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        if (!seen.get().fingerprint().equals(RequestFingerprint.of((Record) command))) {
            throw new LedgerRejection(ErrorCode.REQUEST_ID_CONFLICT, "The request id " + command.requestId()
                    + " was already used in ledger " + ledgerId + " for a different request");
        }
        LineTally state = seen.get().lineKey() == null ? null : lines.get(seen.get().lineKey());
        return Optional.of(new CommandOutcome(command.requestId(), ledgerId, seen.get().sequence(), true,
                state == null ? null : state.figures(), seen.get().paymentRequestId()));
    }

    private void requireOpen() {
        if (closed) {
            throw new LedgerRejection(ErrorCode.LEDGER_CLOSED, "The ledger " + ledgerId + " is closed and accepts nothing more");
        }
    }

    /** A transfer between units names another unit: money a unit moves to itself is no transfer. */
    private void requireOtherUnit(String counterpartyUnit) {
        if (counterpartyUnit != null && ledgerId.startsWith(counterpartyUnit + "/")) {
            throw LedgerRejection.invalid("counterpartyUnit", "names this ledger's own unit; a counterparty is another unit");
        }
    }

    private void requireInYear(LocalDate date) {
        if (date.getYear() != fiscalYear) {
            throw new LedgerRejection(ErrorCode.DATE_OUTSIDE_FISCAL_YEAR, "The date " + date + " is outside the fiscal year "
                    + fiscalYear + " of ledger " + ledgerId);
        }
    }

    /** Amounts are checked when a request is read; this guards commands sent by other means. */
    private static void requirePositive(long amountFen) {
        if (amountFen <= 0) {
            throw LedgerRejection.invalid("amount", "must be greater than zero");
        }
    }

    private static void requireFiscal(BudgetLine line, String commandName) {
        requireFiscal(line, "line", commandName);
    }

    private static void requireFiscal(BudgetLine line, String field, String commandName) {
        if (!line.fund().isFiscal()) {
            throw LedgerRejection.invalid(field + ".fund", "must be a fiscal fund: " + commandName
                    + " applies to appropriated money, UNIT_FUNDS receive revenue instead");
        }
    }

    private void requireKnownFunctionCode(ClassificationCatalogue catalogue, BudgetLine line) {
        if (!catalogue.isBookableFunctionCode(line.functionCode(), fiscalYear)) {
            throw new LedgerRejection(ErrorCode.UNKNOWN_FUNCTION_CODE, "The function code " + line.functionCode()
                    + " is not a 7-digit 项 of the catalogue");
        }
    }

    /**
     * The rules of spending, the same for an expenditure and a payment request: a date in the
     * year, known codes, a basic line's economic classes, a new voucher, the line's available
     * balance and the 三公, 会议费 and 培训费 control budgets, all after what pending requests hold.
     *
     * @return the line, with its project name resolved
     */
    private BudgetLine checkSpending(ClassificationCatalogue catalogue, LedgerLogs logs, BudgetLine requested, String economicCode,
            long amountFen, LocalDate effectiveDate, String voucherNo, String what) {
        requireInYear(effectiveDate);
        requirePositive(amountFen);
        requireKnownFunctionCode(catalogue, requested);
        if (!catalogue.isBookableEconomicCode(economicCode, fiscalYear)) {
            throw new LedgerRejection(ErrorCode.UNKNOWN_ECONOMIC_CODE,
                    "The economic code " + economicCode + " is not a 5-digit code of the catalogue");
        }
        if (requested.nature() == Nature.BASIC && !BASIC_ECONOMIC_CLASSES.contains(economicCode.substring(0, 3))) {
            throw LedgerRejection.invalid("economicCode", "class " + economicCode.substring(0, 3)
                    + " is not used for basic expenditure (基本支出), which is booked on " + BASIC_ECONOMIC_CLASSES
                    + ": 人员经费 (301, 303) and 公用经费 (302, 307, 310, 399)");
        }
        requireNewVoucher(voucherNo, logs);
        BudgetLine line = resolveProject(requested);
        LineTally state = existingLine(line);
        if (amountFen > available(state)) {
            throw new LedgerRejection(ErrorCode.EXCEEDS_AVAILABLE, what + " of " + Money.formatYuan(amountFen)
                    + " exceeds the available " + Money.formatYuan(available(state)) + " of line " + line.key()
                    + (state.figures().reservedFen() == 0 ? ""
                            : " (after " + Money.formatYuan(state.figures().reservedFen()) + " held by pending payment requests)"));
        }
        if (line.fund().isFiscal()) {
            ControlBudgetCategory.enforcedOn(economicCode).ifPresent(category -> requireWithinControlBudget(
                    ErrorCode.CONTROL_BUDGET_EXCEEDED, "SetControlBudget", what, amountFen, category.label(),
                    controlBudgets.get(category), controlSpent.getOrDefault(category, 0L),
                    controlReserved.getOrDefault(category, 0L)));
            ThreePublicCategory.ofEconomicCode(economicCode).ifPresent(category -> requireWithinControlBudget(
                    ErrorCode.THREE_PUBLIC_BUDGET_EXCEEDED, "SetThreePublicBudget", what, amountFen, category.label(),
                    threePublicBudgets.get(category), threePublicSpent.getOrDefault(category, 0L),
                    threePublicReserved.getOrDefault(category, 0L)));
        }
        return line;
    }

    /**
     * A spending on a code under a control budget (三公 or 一般性支出) may not take what is spent and
     * held there above the budget; a budget never set ({@code budgetFen} null) counts as 0.00.
     */
    private static void requireWithinControlBudget(ErrorCode code, String setCommand, String what, long amountFen,
            String label, Long budgetFen, long spentFen, long reservedFen) {
        long budget = budgetFen == null ? 0 : budgetFen;
        long committed = spentFen + reservedFen;
        if (committed + amountFen > budget) {
            throw new LedgerRejection(code, what + " of " + Money.formatYuan(amountFen) + " on " + label
                    + " would bring its spending" + (reservedFen == 0 ? "" : " and pending requests") + " to "
                    + Money.formatYuan(committed + amountFen) + ", above its control budget of " + Money.formatYuan(budget)
                    + (budgetFen != null ? "" : " (none set yet: set one with " + setCommand + ")"));
        }
    }

    /** A control budget may not be set below what is already spent and held on its code. */
    private static void requireNotBelowCommitted(ErrorCode code, long amountFen, String label, long spentFen, long reservedFen) {
        if (amountFen < spentFen + reservedFen) {
            throw new LedgerRejection(code, "A control budget of " + Money.formatYuan(amountFen) + " for " + label
                    + " is below the " + Money.formatYuan(spentFen) + " already spent"
                    + (reservedFen == 0 ? "" : " and the " + Money.formatYuan(reservedFen) + " held by pending payment requests"));
        }
    }

    /** A payment request that is still pending; otherwise why not. */
    private PaymentRequestSeen pendingPayment(String paymentRequestId, LedgerLogs logs) {
        PaymentRequestSeen pending = pendingPayments.get(paymentRequestId);
        if (pending != null) {
            return pending;
        }
        if (!logs.requests().raisedPaymentRequest(ledgerId, paymentRequestId)) {
            throw new LedgerRejection(ErrorCode.PAYMENT_REQUEST_NOT_FOUND, "No payment request " + paymentRequestId
                    + " in ledger " + ledgerId);
        }
        throw new LedgerRejection(ErrorCode.PAYMENT_REQUEST_NOT_PENDING, "The payment request " + paymentRequestId
                + " is no longer pending: it was approved or rejected (its history says which)");
    }

    /** A decision is dated on or after the request it decides. */
    private static void requireNotBefore(LocalDate effectiveDate, PaymentRequestSeen pending) {
        if (effectiveDate.isBefore(pending.requestedOn())) {
            throw LedgerRejection.invalid("effectiveDate", "must not be before " + pending.requestedOn()
                    + ", the date of the payment request");
        }
    }

    private void requireNewVoucher(String voucherNo, LedgerLogs logs) {
        if (logs.vouchers().find(ledgerId, voucherNo).isPresent()) {
            throw new LedgerRejection(ErrorCode.VOUCHER_EXISTS, "The voucher number " + voucherNo
                    + " is already used in ledger " + ledgerId);
        }
    }

    /** The line with its project name checked against, or taken from, the ledger's projects. */
    private BudgetLine resolveProject(BudgetLine line) {
        return resolveProject(line, "line");
    }

    /** As {@link #resolveProject(BudgetLine)}, for the line of the request's field {@code field}. */
    private BudgetLine resolveProject(BudgetLine line, String field) {
        if (line.nature() != Nature.PROJECT) {
            return line;
        }
        String known = projectNames.get(line.projectCode());
        if (known == null) {
            if (line.projectName() == null) {
                throw LedgerRejection.invalid(field + ".projectName", "is required the first time project "
                        + line.projectCode() + " is used in the ledger");
            }
            return line;
        }
        if (line.projectName() != null && !line.projectName().equals(known)) {
            throw new LedgerRejection(ErrorCode.PROJECT_NAME_MISMATCH, "The project " + line.projectCode() + " is named '"
                    + known + "' in this ledger, not '" + line.projectName() + "'");
        }
        return line.withProjectName(known);
    }

    private LineTally existingLine(BudgetLine line) {
        LineTally state = lines.get(line.key());
        if (state == null) {
            throw new LedgerRejection(ErrorCode.LINE_NOT_FOUND, "No line " + line.key() + " in ledger " + ledgerId);
        }
        return state;
    }

    private static void requireFits(Disposition disposition, BudgetLine line) {
        if (disposition == Disposition.SURPLUS && line.nature() != Nature.PROJECT) {
            throw new LedgerRejection(ErrorCode.INVALID_DISPOSITION, "Line " + line.key()
                    + " is a basic line: only project balances can become a surplus (结余)");
        }
        if (disposition == Disposition.RECOVER && !line.fund().isFiscal()) {
            throw new LedgerRejection(ErrorCode.INVALID_DISPOSITION, "Line " + line.key()
                    + " holds unit funds: only fiscal balances can be recovered (收回)");
        }
    }

    /** The default disposition as it applies to a line: where it does not fit, the balance carries forward. */
    private static Disposition fitted(Disposition disposition, BudgetLine line) {
        if (disposition == Disposition.SURPLUS && line.nature() != Nature.PROJECT) {
            return Disposition.CARRY_FORWARD;
        }
        if (disposition == Disposition.RECOVER && !line.fund().isFiscal()) {
            return Disposition.CARRY_FORWARD;
        }
        return disposition;
    }

    private static BalanceKind resultingKind(Disposition disposition, BudgetLine line) {
        return switch (disposition) {
            case RECOVER -> null;
            case SURPLUS -> BalanceKind.PROJECT_SURPLUS;
            case CARRY_FORWARD -> line.nature() == Nature.PROJECT ? BalanceKind.PROJECT_CARRY_OVER : BalanceKind.BASIC_CARRY_OVER;
        };
    }

    // ---- bookkeeping ----

    private static long available(LineTally line) {
        return line.figures().availableFen();
    }

    private LineTally line(BudgetLine line) {
        if (line.projectCode() != null && line.projectName() != null) {
            projectNames.putIfAbsent(line.projectCode(), line.projectName());
        }
        return lines.computeIfAbsent(line.key(), key -> new LineTally(line));
    }

    private void moveLines(LedgerEvent event) {
        for (LineMovement movement : event.lineMovements()) {
            line(movement.line()).apply(movement);
        }
    }

    private void dated(LocalDate effectiveDate) {
        if (latestEffectiveDate == null || effectiveDate.isAfter(latestEffectiveDate)) {
            latestEffectiveDate = effectiveDate;
        }
    }

    private void entered() {
        entryCount++;
    }

    /** Moves a 三公 tally (spent or reserved) by an expenditure's amount, if the line is fiscal and the code is 三公. */
    private static void threePublic(BudgetLine line, String economicCode, Map<ThreePublicCategory, Long> tally, long fen) {
        if (line.fund().isFiscal()) {
            ThreePublicCategory.ofEconomicCode(economicCode).ifPresent(category -> tally.merge(category, fen, Long::sum));
        }
    }

    /** Moves a 会议费/培训费 tally (spent or reserved) by an expenditure's amount, if the line is fiscal and the code enforced. */
    private static void controlled(BudgetLine line, String economicCode, Map<ControlBudgetCategory, Long> tally, long fen) {
        if (line.fund().isFiscal()) {
            ControlBudgetCategory.enforcedOn(economicCode).ifPresent(category -> tally.merge(category, fen, Long::sum));
        }
    }

    /**
     * Applies the command's one event, records its request and what it does to a voucher in the
     * logs (in the command's transaction) and answers with the line the request names.
     */
    private CommandOutcome applied(LedgerLogs logs, LedgerEvent event) {
        // Only a reversal changes a voucher from what it was; the others say all of it themselves.
        Optional<VoucherLog.Voucher> before = event instanceof ExpenditureReversed reversal
                ? logs.vouchers().find(ledgerId, reversal.voucherNo()) : Optional.empty();
        apply(event);
        RequestLog.Entry entry = RequestLog.Entry.of(event, entryCount);
        logs.requests().record(ledgerId, entry);
        VoucherLog.Change.of(event, before).ifPresent(change -> logs.vouchers().apply(ledgerId, change));
        LineTally state = entry.lineKey() == null ? null : lines.get(entry.lineKey());
        return new CommandOutcome(event.requestId(), ledgerId, entryCount, false, state == null ? null : state.figures(),
                entry.paymentRequestId());
    }

    private static java.time.Instant now() {
        // The event clock, which the aggregate test fixture fixes, so that expected events compare equal.
        return GenericEventMessage.clock.instant();
    }
}
