package org.budgetledger.command.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.budgetledger.events.BudgetAdjusted;
import org.budgetledger.events.BudgetTransferred;
import org.budgetledger.events.ControlBudgetSet;
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
import org.budgetledger.events.YearClosed;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.publication.Procurement;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One ledger event as the journal line ({@code POST /api/v1/journal}) that records it again: the
 * command, its ledger, the original request id, dates and figures, so that a journal of a
 * ledger's events, applied to an empty instance, rebuilds the same ledger. Who recorded the entry
 * and when, its sequence and its event type go in {@code metadata}, which the journal ignores: an
 * import is signed by the user who imports it.
 */
final class JournalExport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JournalExport() {
    }

    static ObjectNode line(LedgerEvent event, String unitCode, int fiscalYear, long sequence) {
        ObjectNode line = NODES.objectNode();
        String command;
        if (event instanceof LedgerOpened e) {
            command = opened(line, e);
        } else if (event instanceof FundsAppropriated e) {
            line.set("line", line(e.line()));
            line.put("amount", yuan(e.amountFen()));
            line.put("documentNo", e.documentNo());
            putDate(line, e);
            putIfPresent(line, "note", e.note());
            command = "AppropriateFunds";
        } else if (event instanceof BudgetAdjusted e) {
            line.set("line", line(e.line()));
            line.put("direction", e.direction().name());
            line.put("amount", yuan(e.amountFen()));
            line.put("reason", e.reason());
            line.put("documentNo", e.documentNo());
            putDate(line, e);
            command = "MidYearAdjust";
        } else if (event instanceof BudgetTransferred e) {
            line.set("from", line(e.from()));
            line.set("to", line(e.to()));
            line.put("amount", yuan(e.amountFen()));
            line.put("reason", e.reason());
            line.put("documentNo", e.documentNo());
            putDate(line, e);
            command = "TransferBudget";
        } else if (event instanceof RevenueRecorded e) {
            line.set("line", line(e.line()));
            line.put("revenueType", e.revenueType().name());
            line.put("amount", yuan(e.amountFen()));
            putDate(line, e);
            line.put("voucherNo", e.voucherNo());
            putIfPresent(line, "description", e.description());
            putIfPresent(line, "counterpartyUnit", e.counterpartyUnit());
            command = "RecordRevenue";
        } else if (event instanceof ExpenditureRecorded e) {
            line.set("line", line(e.line()));
            line.put("economicCode", e.economicCode());
            line.put("amount", yuan(e.amountFen()));
            putDate(line, e);
            line.put("voucherNo", e.voucherNo());
            putIfPresent(line, "payee", e.payee());
            putIfPresent(line, "description", e.description());
            putStatistics(line, e.statistics());
            putIfPresent(line, "counterpartyUnit", e.counterpartyUnit());
            putProcurement(line, e.procurement());
            command = "RecordExpenditure";
        } else if (event instanceof ExpenditureReversed e) {
            line.put("voucherNo", e.voucherNo());
            line.put("reason", e.reason());
            putDate(line, e);
            command = "ReverseExpenditure";
        } else if (event instanceof ThreePublicBudgetSet e) {
            line.put("category", e.category().name());
            line.put("amount", yuan(e.amountFen()));
            line.put("documentNo", e.documentNo());
            putDate(line, e);
            command = "SetThreePublicBudget";
        } else if (event instanceof ControlBudgetSet e) {
            line.put("category", e.category().name());
            line.put("amount", yuan(e.amountFen()));
            line.put("documentNo", e.documentNo());
            putDate(line, e);
            command = "SetControlBudget";
        } else if (event instanceof StatementRecorded e) {
            line.put("kind", e.kind().name());
            ObjectNode figures = line.putObject("figures");
            new TreeMap<>(e.figures()).forEach(figures::put);
            putDate(line, e);
            command = "RecordStatement";
        } else if (event instanceof YearClosed e) {
            command = closed(line, e);
        } else if (event instanceof PerformanceTargetsSet e) {
            line.set("scope", scope(e.projectCode()));
            putIfPresent(line, "overallGoal", e.overallGoal());
            var indicators = line.putArray("indicators");
            for (PerformanceIndicator indicator : e.indicators()) {
                ObjectNode node = indicators.addObject();
                node.put("code", indicator.code());
                node.put("level1", indicator.level1().name());
                node.put("level2", indicator.level2().name());
                node.put("name", indicator.name());
                node.put("comparator", indicator.comparator().symbol());
                putIfPresent(node, "target", indicator.target());
                putIfPresent(node, "unit", indicator.unit());
                node.put("weight", indicator.weight());
            }
            putIfPresent(line, "documentNo", e.documentNo());
            putDate(line, e);
            command = "SetPerformanceTargets";
        } else if (event instanceof PerformanceResultRecorded e) {
            line.set("scope", scope(e.projectCode()));
            line.put("indicatorCode", e.indicatorCode());
            putIfPresent(line, "actual", e.actual());
            putIfPresent(line, "grade", e.grade() == null ? null : e.grade().name());
            putIfPresent(line, "scorePct", e.scorePct());
            putIfPresent(line, "deviationReason", e.deviationReason());
            putIfPresent(line, "evidence", e.evidence());
            putDate(line, e);
            command = "RecordPerformanceResult";
        // A request's id is "PR-<its sequence>": the import, applying every entry in order, raises it under the
        // same id, which its approval or rejection names. The id on the request's own line is for the reader.
        } else if (event instanceof PaymentRequested e) {
            line.put("paymentRequestId", e.paymentRequestId());
            line.set("line", line(e.line()));
            line.put("economicCode", e.economicCode());
            line.put("amount", yuan(e.amountFen()));
            putDate(line, e);
            line.put("voucherNo", e.voucherNo());
            putIfPresent(line, "payee", e.payee());
            putIfPresent(line, "description", e.description());
            putStatistics(line, e.statistics());
            putProcurement(line, e.procurement());
            command = "RequestPayment";
        } else if (event instanceof PaymentApproved e) {
            line.put("paymentRequestId", e.paymentRequestId());
            putDate(line, e);
            command = "ApprovePayment";
        } else if (event instanceof PaymentRequestRejected e) {
            line.put("paymentRequestId", e.paymentRequestId());
            putIfPresent(line, "reason", e.reason());
            putDate(line, e);
            command = "RejectPayment";
        } else {
            throw new IllegalStateException("No journal line for " + event.getClass().getSimpleName());
        }
        ObjectNode ordered = NODES.objectNode();
        ordered.put("command", command);
        if (!(event instanceof LedgerOpened)) {
            ordered.put("unitCode", unitCode);
            ordered.put("fiscalYear", fiscalYear);
        }
        ordered.put("requestId", event.requestId());
        ordered.setAll(line);
        ObjectNode metadata = ordered.putObject("metadata");
        metadata.put("sequence", sequence);
        metadata.put("event", event.getClass().getSimpleName());
        metadata.put("recordedBy", event.recordedBy());
        metadata.put("recordedAt", event.recordedAt() == null ? null : event.recordedAt().toString());
        return ordered;
    }

    private static String opened(ObjectNode line, LedgerOpened e) {
        line.put("unitCode", e.unitCode());
        line.put("unitName", e.unitName());
        line.put("fiscalYear", e.fiscalYear());
        // A later year brings its opening balances in from the closed year: stating them is refused.
        if (!e.broughtForward() && e.openingBalances() != null && !e.openingBalances().isEmpty()) {
            var balances = line.putArray("openingBalances");
            for (OpeningBalance balance : e.openingBalances()) {
                ObjectNode node = balances.addObject();
                node.set("line", line(balance.line()));
                node.put("amount", yuan(balance.amountFen()));
                node.put("kind", balance.kind().name());
            }
        }
        return "OpenLedger";
    }

    private static String closed(ObjectNode line, YearClosed e) {
        putDate(line, e);
        line.put("defaultDisposition", e.defaultDisposition().name());
        List<LineClosing> others = e.closings() == null ? List.of()
                : e.closings().stream().filter(closing -> closing.disposition() != e.defaultDisposition()).toList();
        if (!others.isEmpty()) {
            var dispositions = line.putArray("dispositions");
            for (LineClosing closing : others) {
                ObjectNode node = dispositions.addObject();
                node.set("line", line(closing.line()));
                node.put("disposition", closing.disposition().name());
            }
        }
        return "CloseYear";
    }

    private static ObjectNode line(BudgetLine line) {
        ObjectNode node = NODES.objectNode();
        node.put("fund", line.fund().name());
        node.put("functionCode", line.functionCode());
        node.put("nature", line.nature().name());
        putIfPresent(node, "projectCode", line.projectCode());
        putIfPresent(node, "projectName", line.projectName());
        return node;
    }

    private static ObjectNode scope(String projectCode) {
        ObjectNode scope = NODES.objectNode();
        if (projectCode == null) {
            scope.put("unit", true);
        } else {
            scope.put("projectCode", projectCode);
        }
        return scope;
    }

    private static void putStatistics(ObjectNode line, ExpenditureStatistics statistics) {
        if (statistics == null || statistics.equals(ExpenditureStatistics.NONE)) {
            return;
        }
        ObjectNode node = line.putObject("statistics");
        node.put("receptionBatches", statistics.receptionBatches());
        node.put("receptionGuests", statistics.receptionGuests());
        node.put("vehiclesPurchased", statistics.vehiclesPurchased());
    }

    private static void putProcurement(ObjectNode line, Procurement procurement) {
        if (procurement != null) {
            ObjectNode node = line.putObject("procurement");
            node.put("method", procurement.method().name());
            node.put("supplierSize", procurement.supplierSize().name());
        }
    }

    private static void putDate(ObjectNode line, LedgerEvent event) {
        line.put("effectiveDate", event.effectiveDate().toString());
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
