package org.budgetledger.query.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/** One ledger of the directory. */
public record LedgerSummary(String ledgerId, String unitCode, String unitName, int fiscalYear, String status,
        long sequence) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unitCode", unitCode);
        json.put("unitName", unitName);
        json.put("fiscalYear", fiscalYear);
        json.put("status", status);
        json.put("sequence", sequence);
        return json;
    }
}
