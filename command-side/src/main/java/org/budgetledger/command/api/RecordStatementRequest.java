package org.budgetledger.command.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.command.ledger.Commands.RecordStatement;
import org.budgetledger.money.Money;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.RequestBinder;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.request.Yuan;
import org.budgetledger.publication.StatementKind;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /ledgers/{unit}/{year}/statements}: RecordStatement. What a figure's value must be
 * depends on the kind, so the values are read here rather than by their type.
 */
@Schema(description = "States facts the books do not hold, replacing the previous statement of the kind: ASSETS "
        + "(vehicles by category and large equipment held at year end, as whole counts) or PRIOR_YEAR (the previous year's "
        + "published totals in yuan, used only when that year is not in the books)")
record RecordStatementRequest(
        @Schema(requiredMode = REQUIRED, pattern = RequestIds.PATTERN, description = RequestIds.DESCRIPTION, example = "st-1")
        @Mismatch(RequestIds.MISMATCH) String requestId,
        @Schema(requiredMode = REQUIRED, example = "ASSETS") StatementKind kind,
        @Schema(requiredMode = REQUIRED, description = "Figure name → value. ASSETS: EMERGENCY, LAW_ENFORCEMENT, "
                + "SPECIAL_TECHNICAL, OTHER, GENERAL_EQUIPMENT_OVER_500K, SPECIAL_EQUIPMENT_OVER_1M, each a whole count "
                + "≥ 0 (a JSON number or a string of digits). PRIOR_YEAR: TOTAL, FISCAL_TOTAL, GENERAL_BUDGET_SPENT, "
                + "OVERSEAS_TRAVEL, VEHICLE_PURCHASE, VEHICLE_OPERATION, RECEPTION, OPERATING_COSTS, each an amount in yuan",
                example = "{\"EMERGENCY\": 1, \"LAW_ENFORCEMENT\": 124}") Map<String, JsonNode> figures,
        @Schema(requiredMode = REQUIRED, description = "From the start of the year to 31 March of the next, after the close too",
                example = "2023-12-31") LocalDate effectiveDate) implements ApiRequest {

    @Override
    public void check(Violations violations) {
        values(violations);
    }

    RecordStatement toCommand(LedgerRef ledger, String recordedBy) {
        return new RecordStatement(ledger.id(), requestId, recordedBy, kind, values(new Violations()), effectiveDate);
    }

    /** The figures as stored: counts without leading zeros, amounts with 2 decimals; each bad one reported. */
    private Map<String, String> values(Violations violations) {
        Map<String, String> values = new TreeMap<>();
        if (figures == null || kind == null) {
            return values;
        }
        if (figures.isEmpty()) {
            violations.reject("figures", "must state at least one figure of " + kind + ": "
                    + String.join(", ", kind.figureNames().stream().sorted().toList()));
        }
        figures.forEach((name, node) -> {
            String field = "figures." + name;
            if (node == null) {
                return; // reported as required by the binder
            }
            if (!kind.figureNames().contains(name)) {
                violations.reject(field, "is not a figure of " + kind + "; its figures are "
                        + String.join(", ", kind.figureNames().stream().sorted().toList()));
                return;
            }
            String value = kind == StatementKind.ASSETS ? count(node, field, violations) : amount(node, field, violations);
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    private static String count(JsonNode node, String field, Violations violations) {
        String text = node.isIntegralNumber() ? node.bigIntegerValue().toString()
                : node.isString() ? node.stringValue().strip() : null;
        if (text == null || !text.matches("[0-9]{1,9}")) {
            violations.reject(field, "must be a whole count of 0 or more, such as 124");
            return null;
        }
        return Long.toString(Long.parseLong(text));
    }

    private static String amount(JsonNode node, String field, Violations violations) {
        Yuan yuan = RequestBinder.yuan(node, field, violations);
        return yuan == null ? null : Money.formatYuan(yuan.fen());
    }
}
