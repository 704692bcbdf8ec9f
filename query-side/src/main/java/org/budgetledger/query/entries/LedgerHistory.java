package org.budgetledger.query.entries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.LineTally;
import org.budgetledger.money.Money;
import org.springframework.stereotype.Component;

/**
 * The audit trail of a ledger: its entries in order, each with the budget and available balance
 * of its line right after it, filtered as the auditor asks.
 */
@Component
public class LedgerHistory {

    private final EntryRows rows;

    public LedgerHistory(EntryRows rows) {
        this.rows = rows;
    }

    /** What an auditor can filter on; null fields do not filter. */
    public record Filter(String fund, String functionCode, String nature, String projectCode, String documentNo,
            String type, LocalDate from, LocalDate to) {

        Predicate<EntryRow> predicate() {
            return row -> (fund == null || (row.line() != null && row.line().fund().name().equals(fund)))
                    && (functionCode == null || (row.line() != null && row.line().functionCode().equals(functionCode)))
                    && (nature == null || (row.line() != null && row.line().nature().name().equals(nature)))
                    && (projectCode == null || (row.line() != null && projectCode.equals(row.line().projectCode())))
                    && (documentNo == null || documentNo.equals(row.documentNo()) || documentNo.equals(row.voucherNo()))
                    && (type == null || type.equals(row.entryType()) || type.equals(row.movement().name()))
                    && (from == null || !row.effectiveDate().isBefore(from))
                    && (to == null || !row.effectiveDate().isAfter(to));
        }
    }

    public List<Map<String, Object>> entries(String ledgerId, Filter filter) {
        Predicate<EntryRow> wanted = filter.predicate();
        Map<String, LineTally> running = new HashMap<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (EntryRow row : rows.of(ledgerId, null, null)) {
            LineFigures figures = null;
            if (row.line() != null) {
                LineTally line = running.computeIfAbsent(row.line().key(), key -> new LineTally(row.line()));
                line.apply(row.lineMovement());
                figures = line.figures();
            }
            if (wanted.test(row)) {
                entries.add(json(row, figures));
            }
        }
        return entries;
    }

    private static Map<String, Object> json(EntryRow row, LineFigures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", row.sequence());
        json.put("type", row.entryType());
        json.put("movement", row.movement().name());
        json.put("effectiveDate", row.effectiveDate().toString());
        json.put("recordedAt", row.recordedAt().toString());
        json.put("recordedBy", row.recordedBy());
        json.put("requestId", row.requestId());
        putIfPresent(json, "documentNo", row.documentNo());
        putIfPresent(json, "voucherNo", row.voucherNo());
        putIfPresent(json, "reason", row.reason());
        if (row.line() != null) {
            json.put("line", LineFigures.lineJson(row.line()));
        }
        putIfPresent(json, "economicCode", row.economicCode());
        putIfPresent(json, "revenueType", row.revenueType());
        putIfPresent(json, "balanceKind", row.balanceKind());
        putIfPresent(json, "category", row.threePublicCategory());
        putIfPresent(json, "payee", row.payee());
        json.put("amount", Money.formatYuan(row.amountFen()));
        if (row.receptionBatches() != 0 || row.receptionGuests() != 0 || row.vehiclesPurchased() != 0) {
            Map<String, Object> statistics = new LinkedHashMap<>();
            statistics.put("receptionBatches", row.receptionBatches());
            statistics.put("receptionGuests", row.receptionGuests());
            statistics.put("vehiclesPurchased", row.vehiclesPurchased());
            json.put("statistics", statistics);
        }
        if (figures != null) {
            json.put("budget", Money.formatYuan(figures.budgetFen()));
            json.put("available", Money.formatYuan(figures.availableFen()));
        }
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
