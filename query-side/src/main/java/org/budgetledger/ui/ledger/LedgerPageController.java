package org.budgetledger.ui.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Fund;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.Nature;
import org.budgetledger.money.Money;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.query.entries.HistoryEntry;
import org.budgetledger.query.entries.LedgerHistory;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.position.LinePosition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** One ledger: its lines with their figures and execution, filters, and the charts of spending. */
@Controller
class LedgerPageController {

    private final LedgerViews views;
    private final LedgerPositions positions;
    private final LedgerHistory history;
    private final ClassificationCatalogue catalogue;

    LedgerPageController(LedgerViews views, LedgerPositions positions, LedgerHistory history, ClassificationCatalogue catalogue) {
        this.views = views;
        this.positions = positions;
        this.history = history;
        this.catalogue = catalogue;
    }

    /** A figure as shown, with the history link that explains it (null for a role without history). */
    record Figure(String text, String href) {
    }

    /** One line of the table. */
    record Row(String key, String fund, String functionCode, String functionName, String nature, String project,
            Figure initial, Figure increases, Figure decreases, Figure transfersIn, Figure transfersOut, Figure budget,
            Figure spent, Figure reserved, Figure available,
            String pct, String barWidth) {
    }

    /** A choice of a filter. */
    record Option(String value, String label) {
    }

    @GetMapping("/ledgers/{unit}/{year}")
    String ledger(@PathVariable String unit, @PathVariable String year, @RequestParam(required = false) String fund,
            @RequestParam(required = false) String nature, @RequestParam(required = false) String functionCode,
            @RequestParam(required = false) String projectCode, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt, Model model) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        Fund chosenFund = LedgerViews.optional("fund", fund, Fund.class);
        Nature chosenNature = LedgerViews.optional("nature", nature, Nature.class);
        String chosenFunction = LedgerViews.blankToNull(functionCode);
        String chosenProject = LedgerViews.blankToNull(projectCode);
        LedgerPosition position = positions.of(view.ref().id(), view.cut().asOf(), view.cut().knownAt());

        Map<String, String> functions = new TreeMap<>();
        Map<String, String> projects = new TreeMap<>();
        for (LinePosition line : position.lines()) {
            functions.put(line.line().functionCode(), line.line().functionCode() + " " + functionName(line.line(), view));
            if (line.line().projectCode() != null) {
                projects.put(line.line().projectCode(), line.line().projectCode() + " " + line.line().projectName());
            }
        }
        List<LinePosition> shown = position.lines().stream().filter(line -> (chosenFund == null || line.line().fund() == chosenFund)
                && (chosenNature == null || line.line().nature() == chosenNature)
                && (chosenFunction == null || line.line().functionCode().startsWith(chosenFunction))
                && (chosenProject == null || chosenProject.equals(line.line().projectCode()))).toList();

        List<Row> rows = new ArrayList<>();
        long[] total = new long[9];
        List<Charts.ProjectBar> bars = new ArrayList<>();
        for (LinePosition line : shown) {
            LineFigures figures = line.figures();
            rows.add(row(view, line.line(), figures));
            total[0] += figures.initialFen();
            total[1] += figures.increasesFen();
            total[2] += figures.decreasesFen();
            total[3] += figures.transfersInFen();
            total[4] += figures.transfersOutFen();
            total[5] += figures.budgetFen();
            total[6] += figures.spentFen();
            total[7] += figures.reservedFen();
            total[8] += figures.availableFen();
            if (line.line().nature() == Nature.PROJECT) {
                bars.add(new Charts.ProjectBar(line.line().projectCode() + " " + line.line().projectName(),
                        Money.percent(figures.spentFen(), figures.budgetFen())));
            }
        }
        String totalPct = Money.percent(total[6], total[5]);

        model.addAttribute("view", view);
        model.addAttribute("ledger", view.summary());
        model.addAttribute("cut", view.cut());
        model.addAttribute("position", position);
        model.addAttribute("rows", rows);
        model.addAttribute("totals", java.util.Arrays.stream(total).mapToObj(Money::formatYuan).toList());
        model.addAttribute("totalPct", totalPct == null ? "—" : totalPct);
        model.addAttribute("funds", java.util.Arrays.stream(Fund.values()).map(f -> new Option(f.name(), f.label())).toList());
        model.addAttribute("natures", List.of(new Option("BASIC", "基本支出"), new Option("PROJECT", "项目支出")));
        model.addAttribute("functions", functions.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList());
        model.addAttribute("projects", projects.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList());
        model.addAttribute("filter", Map.of("fund", chosenFund == null ? "" : chosenFund.name(), "nature",
                chosenNature == null ? "" : chosenNature.name(), "functionCode", chosenFunction == null ? "" : chosenFunction,
                "projectCode", chosenProject == null ? "" : chosenProject));
        List<Charts.Month> months = months(view, chosenFund, chosenNature, chosenFunction, chosenProject);
        model.addAttribute("months", months.stream().map(m -> List.of(m.month() + "月", Money.formatWanYuan(m.spentFen()),
                Money.formatWanYuan(m.cumulativeSpentFen()), Money.formatWanYuan(m.cumulativeBudgetFen()))).toList());
        model.addAttribute("monthlyChart", Charts.monthly(months));
        model.addAttribute("projectChart", bars.isEmpty() ? null : Charts.projects(bars));
        model.addAttribute("tablesHref", view.cut().addTo(UriComponentsBuilder.fromPath(view.base() + "/tables")).toUriString());
        model.addAttribute("performanceHref", view.cut().addTo(UriComponentsBuilder.fromPath(view.base() + "/performance")).toUriString());
        model.addAttribute("historyHref", view.mayReadHistory() ? history(view, null, null).toUriString() : null);
        // The way to the entry forms and the import, for the roles that record (经办, 财务负责人).
        LedgerUser user = CurrentUser.get();
        boolean records = user.may(Action.RECORD, view.summary().unitCode());
        model.addAttribute("entriesHref", records ? view.base() + "/entries" : null);
        model.addAttribute("journalHref", records ? view.base() + "/journal" : null);
        // Payment requests name who asked and who decided: listed for the roles that read the history.
        model.addAttribute("paymentRequestsHref", view.mayReadHistory() ? view.base() + "/payment-requests" : null);
        return "ledger/ledger";
    }

    private String functionName(BudgetLine line, LedgerViews.View view) {
        return catalogue.functionName(line.functionCode(), view.summary().fiscalYear()).orElse("");
    }

    private Row row(LedgerViews.View view, BudgetLine line, LineFigures figures) {
        String pct = Money.percent(figures.spentFen(), figures.budgetFen());
        String width = pct == null ? "0" : new BigDecimal(pct).min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).toPlainString();
        return new Row(line.key(), line.fund().label(), line.functionCode(), functionName(line, view),
                LedgerViews.natureName(line.nature()), line.projectCode() == null ? "" : line.projectCode() + " " + line.projectName(),
                figure(view, line, figures.initialFen(), "INITIAL"), figure(view, line, figures.increasesFen(), "INCREASE"),
                figure(view, line, figures.decreasesFen(), "DECREASE"), figure(view, line, figures.transfersInFen(), "TRANSFER_IN"),
                figure(view, line, figures.transfersOutFen(), "TRANSFER_OUT"), figure(view, line, figures.budgetFen(), null),
                figure(view, line, figures.spentFen(), "SPEND"), reserved(view, figures.reservedFen()),
                figure(view, line, figures.availableFen(), null),
                pct == null ? "—" : pct, width);
    }

    private Figure figure(LedgerViews.View view, BudgetLine line, long fen, String type) {
        boolean explained = view.mayReadHistory() && (fen != 0 || type == null);
        return new Figure(Money.formatYuan(fen), explained ? history(view, line, type).toUriString() : null);
    }

    /** 冻结: what pending payment requests hold, explained by the ledger's pending requests rather than by entries. */
    private static Figure reserved(LedgerViews.View view, long fen) {
        return new Figure(Money.formatYuan(fen), view.mayReadHistory() && fen != 0 ? view.base() + "/payment-requests?status=PENDING" : null);
    }

    /** The history of a line (or of the ledger), cut at the page's date and recording time. */
    private static UriComponentsBuilder history(LedgerViews.View view, BudgetLine line, String type) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(view.base() + "/history");
        if (line != null) {
            link.queryParam("fund", line.fund().name()).queryParam("functionCode", line.functionCode())
                    .queryParam("nature", line.nature().name());
            if (line.projectCode() != null) {
                link.queryParam("projectCode", line.projectCode());
            }
        }
        if (type != null) {
            link.queryParam("type", type);
        }
        if (view.cut().asOf() != null) {
            link.queryParam("to", view.cut().asOfText());
        }
        if (view.cut().knownAt() != null) {
            link.queryParam("knownAt", view.cut().knownAtText());
        }
        return link.encode();
    }

    /** Spending per month of the effective date and the budget accumulated, from the entries the page counts. */
    private List<Charts.Month> months(LedgerViews.View view, Fund fund, Nature nature, String functionCode, String projectCode) {
        long[] spent = new long[13];
        long[] budget = new long[13];
        Instant knownAt = view.cut().knownAt();
        for (HistoryEntry entry : history.entries(view.ref().id(), new LedgerHistory.Filter(fund == null ? null : fund.name(),
                null, nature == null ? null : nature.name(), projectCode, null, null, null, view.cut().asOf()))) {
            if (entry.line() == null || (functionCode != null && !entry.line().functionCode().startsWith(functionCode))
                    || (knownAt != null && Instant.parse(entry.recordedAt()).isAfter(knownAt))) {
                continue;
            }
            int month = java.time.LocalDate.parse(entry.effectiveDate()).getMonthValue();
            long fen = new BigDecimal(entry.amount()).movePointRight(2).longValue();
            switch (entry.movement()) {
                case "SPEND" -> spent[month] += Math.abs(fen);
                case "REVERSAL" -> spent[month] -= Math.abs(fen);
                case "INITIAL", "INCREASE", "TRANSFER_IN" -> budget[month] += Math.abs(fen);
                case "DECREASE", "TRANSFER_OUT" -> budget[month] -= Math.abs(fen);
                default -> {
                }
            }
        }
        List<Charts.Month> months = new ArrayList<>();
        long cumulativeSpent = 0;
        long cumulativeBudget = 0;
        for (int month = 1; month <= 12; month++) {
            cumulativeSpent += spent[month];
            cumulativeBudget += budget[month];
            months.add(new Charts.Month(month, spent[month], cumulativeSpent, cumulativeBudget));
        }
        return months;
    }
}
