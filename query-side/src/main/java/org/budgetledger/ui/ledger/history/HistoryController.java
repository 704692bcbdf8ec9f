package org.budgetledger.ui.ledger.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Nature;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.security.Action;
import org.budgetledger.query.entries.HistoryEntry;
import org.budgetledger.query.entries.LedgerHistory;
import org.budgetledger.publication.StatementKind;
import org.budgetledger.ui.forms.PublicationNames;
import org.budgetledger.ui.ledger.LedgerViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit history of a ledger, filtered as the API's ({@code fund}, {@code functionCode},
 * {@code nature}, {@code projectCode}, {@code documentNo}, {@code type}, {@code from},
 * {@code to}) plus an economic code; a function or economic code shorter than a 项 / 款 matches
 * every code under it, so that a 类 row of a table drills down too. Needs READ_HISTORY.
 */
@Controller
class HistoryController {

    private final LedgerViews views;
    private final LedgerHistory history;

    HistoryController(LedgerViews views, LedgerHistory history) {
        this.views = views;
        this.history = history;
    }

    /** One entry as the page shows it. */
    record Shown(long sequence, String type, String typeName, String effectiveDate, String recordedAt, String recordedBy,
            String document, String reason, String line, String economicCode, String amount, String budget, String available) {
    }

    @GetMapping("/ledgers/{unit}/{year}/history")
    String history(@PathVariable String unit, @PathVariable String year, @RequestParam(required = false) String fund,
            @RequestParam(required = false) String functionCode, @RequestParam(required = false) String nature,
            @RequestParam(required = false) String projectCode, @RequestParam(required = false) String documentNo,
            @RequestParam(required = false) String type, @RequestParam(required = false) String economicCode,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String knownAt, Model model) {
        LedgerViews.View view = views.open(unit, year, Action.READ_HISTORY, null, knownAt);
        Fund chosenFund = LedgerViews.optional("fund", fund, Fund.class);
        Nature chosenNature = LedgerViews.optional("nature", nature, Nature.class);
        String function = LedgerViews.blankToNull(functionCode);
        String economic = LedgerViews.blankToNull(economicCode);
        // A 7-digit 项 is the API's exact filter; a shorter 类/款 is a prefix, applied here.
        String exactFunction = function != null && function.length() == 7 ? function : null;
        LedgerHistory.Filter filter = new LedgerHistory.Filter(chosenFund == null ? null : chosenFund.name(), exactFunction,
                chosenNature == null ? null : chosenNature.name(), LedgerViews.blankToNull(projectCode),
                LedgerViews.blankToNull(documentNo), LedgerViews.blankToNull(type), LedgerPaths.date("from", from),
                LedgerPaths.date("to", to));
        Instant cut = view.cut().knownAt();
        List<Shown> entries = history.entries(view.ref().id(), filter).stream()
                .filter(entry -> function == null || (entry.line() != null && entry.line().functionCode().startsWith(function)))
                .filter(entry -> economic == null || (entry.economicCode() != null && entry.economicCode().startsWith(economic)))
                .filter(entry -> cut == null || !Instant.parse(entry.recordedAt()).isAfter(cut))
                .map(HistoryController::shown).toList();

        Map<String, String> values = new LinkedHashMap<>();
        values.put("fund", chosenFund == null ? "" : chosenFund.name());
        values.put("functionCode", function == null ? "" : function);
        values.put("nature", chosenNature == null ? "" : chosenNature.name());
        values.put("projectCode", blank(projectCode));
        values.put("economicCode", economic == null ? "" : economic);
        values.put("documentNo", blank(documentNo));
        values.put("type", blank(type));
        values.put("from", blank(from));
        values.put("to", blank(to));
        model.addAttribute("view", view);
        model.addAttribute("ledger", view.summary());
        model.addAttribute("filter", values);
        model.addAttribute("entries", entries);
        model.addAttribute("funds", Fund.values());
        model.addAttribute("types", TYPES);
        return "ledger/history";
    }

    /** What the type filter offers: the events and the movements on a line. */
    static final Map<String, String> TYPES = types();

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("FundsAppropriated", "年初预算");
        types.put("BudgetAdjusted", "年中调整");
        types.put("INCREASE", "追加");
        types.put("DECREASE", "压减");
        types.put("BudgetTransferred", "调剂");
        types.put("TRANSFER_IN", "调剂增加");
        types.put("TRANSFER_OUT", "调剂减少");
        types.put("RevenueRecorded", "收入");
        types.put("ExpenditureRecorded", "支出");
        types.put("ExpenditureReversed", "支出冲销");
        types.put("PaymentRequested", "付款申请（冻结）");
        types.put("PaymentApproved", "付款审核通过");
        types.put("PaymentRequestRejected", "付款申请退回");
        types.put("LedgerOpened", "开账（年初结转）");
        types.put("YearClosed", "年终结账");
        types.put("ThreePublicBudgetSet", "三公经费预算");
        types.put("ControlBudgetSet", "一般性支出预算");
        types.put("StatementRecorded", "情况说明事实");
        types.put("INITIAL", "年初预算（指标）");
        types.put("SPEND", "支出（指标）");
        return types;
    }

    static String typeName(HistoryEntry entry) {
        return switch (entry.type()) {
            case "LedgerOpened" -> "开账";
            case "FundsAppropriated" -> "年初预算";
            case "BudgetAdjusted" -> "DECREASE".equals(entry.movement()) ? "年中压减" : "年中追加";
            case "BudgetTransferred" -> "TRANSFER_OUT".equals(entry.movement()) ? "调剂减少" : "调剂增加";
            case "RevenueRecorded" -> "收入";
            case "ExpenditureRecorded" -> "支出";
            case "ExpenditureReversed" -> "支出冲销";
            case "PaymentRequested" -> "付款申请（冻结）";
            case "PaymentApproved" -> "RELEASE".equals(entry.movement()) ? "审核通过：解冻" : "审核通过：支出";
            case "PaymentRequestRejected" -> "退回：解冻";
            case "ThreePublicBudgetSet" -> "三公经费预算";
            case "ControlBudgetSet" -> "一般性支出预算：" + PublicationNames.categoryOrKind(entry.category());
            case "StatementRecorded" -> "情况说明：" + PublicationNames.categoryOrKind(entry.category());
            case "YearClosed" -> switch (entry.movement()) {
                case "RECOVER" -> "年终结账：收回";
                case "CARRY_OUT" -> "年终结账：结转";
                case "SURPLUS" -> "年终结账：结余";
                default -> "年终结账";
            };
            default -> entry.type();
        };
    }

    private static Shown shown(HistoryEntry entry) {
        String document = entry.voucherNo() != null ? "凭证 " + entry.voucherNo()
                : entry.documentNo() != null ? "文号 " + entry.documentNo() : "";
        String line = entry.line() == null ? "" : entry.line().functionCode() + " " + LedgerViews.natureName(entry.line().nature())
                + (entry.line().projectCode() == null ? "" : " " + entry.line().projectCode() + " " + entry.line().projectName());
        return new Shown(entry.sequence(), entry.type(), typeName(entry), entry.effectiveDate(),
                LedgerViews.shownInstant(entry.recordedAt()),
                entry.requestedBy() == null ? entry.recordedBy() : entry.recordedBy() + "（申请人 " + entry.requestedBy() + "）", document, reason(entry),
                line, entry.economicCode() == null ? "" : entry.economicCode(),
                // a statement states counts and totals, not an amount of its own
                "StatementRecorded".equals(entry.type()) ? "" : entry.amount(),
                entry.budget() == null ? "" : entry.budget(), entry.available() == null ? "" : entry.available());
    }

    /**
     * The entry's reason or description, and what the 情况说明 facts add to it: the procurement of an expenditure, the
     * figures of a statement by their Chinese names.
     */
    static String reason(HistoryEntry entry) {
        List<String> parts = new java.util.ArrayList<>();
        if (entry.reason() != null && !entry.reason().isBlank()) {
            parts.add(entry.reason());
        }
        if (entry.procurement() != null) {
            parts.add(PublicationNames.procurement(entry.procurement()));
        }
        if (entry.figures() != null && entry.category() != null) {
            StatementKind kind = java.util.Arrays.stream(StatementKind.values())
                    .filter(candidate -> candidate.name().equals(entry.category())).findFirst().orElse(null);
            List<String> order = kind == null ? List.of() : PublicationNames.figureNames(kind);
            entry.figures().entrySet().stream()
                    .sorted(java.util.Comparator.comparingInt(figure -> order.indexOf(figure.getKey()) < 0 ? order.size()
                            : order.indexOf(figure.getKey())))
                    .forEach(figure -> parts.add((kind == null ? figure.getKey() : PublicationNames.figure(kind, figure.getKey()))
                            + " " + figure.getValue()));
        }
        return String.join("；", parts);
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
