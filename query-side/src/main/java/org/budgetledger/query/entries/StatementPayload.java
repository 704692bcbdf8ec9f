package org.budgetledger.query.entries;

import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.events.StatementRecorded;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON content of a statement's row ({@code ledger_entry.payload}): its figures, name → value
 * as the event stored them, in name order.
 */
public final class StatementPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> FIGURES = new TypeReference<>() {
    };

    private StatementPayload() {
    }

    static String of(StatementRecorded event) {
        return JSON.writeValueAsString(new TreeMap<>(event.figures() == null ? Map.of() : event.figures()));
    }

    /** The figures of a statement's row. */
    public static Map<String, String> figures(EntryRow row) {
        return row.payload() == null ? Map.of() : JSON.readValue(row.payload(), FIGURES);
    }
}
