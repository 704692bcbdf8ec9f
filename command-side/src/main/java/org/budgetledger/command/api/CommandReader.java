package org.budgetledger.command.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetledger.command.ledger.Commands.AppropriateFunds;
import org.budgetledger.command.ledger.Commands.CloseYear;
import org.budgetledger.command.ledger.Commands.LineDisposition;
import org.budgetledger.command.ledger.Commands.MidYearAdjust;
import org.budgetledger.command.ledger.Commands.OpenLedger;
import org.budgetledger.command.ledger.Commands.RecordExpenditure;
import org.budgetledger.command.ledger.Commands.RecordRevenue;
import org.budgetledger.command.ledger.Commands.ReverseExpenditure;
import org.budgetledger.command.ledger.Commands.SetThreePublicBudget;
import org.budgetledger.command.ledger.LedgerCommand;
import org.budgetledger.events.AdjustmentDirection;
import org.budgetledger.events.Disposition;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.LedgerIds;
import org.budgetledger.events.OpeningBalance;
import org.budgetledger.events.RevenueType;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.BalanceKind;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.line.Nature;
import org.budgetledger.platform.http.LedgerPaths;
import tools.jackson.databind.JsonNode;

/**
 * Turns request bodies into commands, checking their shape. The REST endpoints and the bulk
 * journal both come through here, so a command is read the same way whichever way it arrives.
 */
final class CommandReader {

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("[0-9]{5}");
    private static final int MIN_YEAR = LedgerPaths.MIN_YEAR;
    private static final int MAX_YEAR = LedgerPaths.MAX_YEAR;

    /** The command names of the journal format. */
    static final List<String> COMMANDS = List.of("OpenLedger", "AppropriateFunds", "MidYearAdjust", "RecordRevenue",
            "RecordExpenditure", "ReverseExpenditure", "SetThreePublicBudget", "CloseYear");

    private CommandReader() {
    }

    /** Reads a journal line: its {@code command} names which command the rest of it is. */
    static LedgerCommand journalLine(JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        String command = reader.requiredText("command");
        if (command != null && !COMMANDS.contains(command)) {
            reader.reject("command", "must be one of " + String.join(", ", COMMANDS));
        }
        if ("OpenLedger".equals(command)) {
            reader.finish();
            return openLedger(body, recordedBy);
        }
        String unitCode = reader.matching("unitCode", UNIT_CODE, "must be 1 to 32 letters, digits or -");
        Integer year = reader.integer("fiscalYear", MIN_YEAR, MAX_YEAR);
        reader.finish();
        String ledgerId = LedgerIds.of(unitCode, year);
        return switch (command) {
            case "AppropriateFunds" -> appropriateFunds(ledgerId, body, recordedBy);
            case "MidYearAdjust" -> midYearAdjust(ledgerId, body, recordedBy);
            case "RecordRevenue" -> recordRevenue(ledgerId, body, recordedBy);
            case "RecordExpenditure" -> recordExpenditure(ledgerId, body, recordedBy);
            case "ReverseExpenditure" -> reverseExpenditure(ledgerId, null, body, recordedBy);
            case "SetThreePublicBudget" -> setThreePublicBudget(ledgerId, body, recordedBy);
            default -> closeYear(ledgerId, body, recordedBy);
        };
    }

    static OpenLedger openLedger(JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        String requestId = reader.requestId();
        String unitCode = reader.matching("unitCode", UNIT_CODE, "must be 1 to 32 letters, digits or -");
        String unitName = reader.requiredText("unitName");
        Integer year = reader.integer("fiscalYear", MIN_YEAR, MAX_YEAR);
        List<OpeningBalance> balances = null;
        JsonNode list = reader.node("openingBalances");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                reader.reject("openingBalances", "must be a list");
            } else {
                balances = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    String prefix = "openingBalances[" + i + "]";
                    JsonNode item = list.get(i);
                    if (!item.isObject()) {
                        reader.reject(prefix, "must be an object with line, amount and kind");
                        continue;
                    }
                    BudgetLine line = reader.line(prefix + ".line", item.get("line"));
                    Long amount = reader.amount(prefix + ".amount", item.get("amount"));
                    if (amount != null && amount == 0) {
                        reader.reject(prefix + ".amount", "must be greater than zero");
                    }
                    BalanceKind kind = reader.enumValue(prefix + ".kind", item.get("kind"), BalanceKind.class);
                    if (line != null && kind != null) {
                        boolean fits = line.nature() == Nature.BASIC
                                ? kind == BalanceKind.BASIC_CARRY_OVER
                                : kind != BalanceKind.BASIC_CARRY_OVER;
                        if (!fits) {
                            reader.reject(prefix + ".kind", line.nature() == Nature.BASIC
                                    ? "must be BASIC_CARRY_OVER on a BASIC line"
                                    : "must be PROJECT_CARRY_OVER or PROJECT_SURPLUS on a PROJECT line");
                        }
                    }
                    if (line != null && amount != null && kind != null) {
                        balances.add(new OpeningBalance(line, kind, amount));
                    }
                }
            }
        }
        reader.finish();
        return new OpenLedger(LedgerIds.of(unitCode, year), requestId, recordedBy, unitCode, unitName, year, balances);
    }

    static AppropriateFunds appropriateFunds(String ledgerId, JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        AppropriateFunds command = new AppropriateFunds(ledgerId, reader.requestId(), recordedBy, reader.line("line"),
                orZero(reader.positiveAmount("amount")), reader.requiredText("documentNo"), reader.date("effectiveDate"),
                reader.optionalText("note"));
        reader.finish();
        return command;
    }

    static MidYearAdjust midYearAdjust(String ledgerId, JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        MidYearAdjust command = new MidYearAdjust(ledgerId, reader.requestId(), recordedBy, reader.line("line"),
                reader.enumValue("direction", AdjustmentDirection.class), orZero(reader.positiveAmount("amount")),
                reader.requiredText("reason"), reader.requiredText("documentNo"), reader.date("effectiveDate"));
        reader.finish();
        return command;
    }

    static RecordRevenue recordRevenue(String ledgerId, JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        RecordRevenue command = new RecordRevenue(ledgerId, reader.requestId(), recordedBy, reader.line("line"),
                reader.enumValue("revenueType", RevenueType.class), orZero(reader.positiveAmount("amount")),
                reader.date("effectiveDate"), reader.requiredText("voucherNo"), reader.optionalText("description"));
        reader.finish();
        return command;
    }

    static RecordExpenditure recordExpenditure(String ledgerId, JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        String economicCode = reader.matching("economicCode", ECONOMIC_CODE, "must be a 5-digit economic code (款), such as \"30201\"");
        RecordExpenditure command = new RecordExpenditure(ledgerId, reader.requestId(), recordedBy, reader.line("line"),
                economicCode, orZero(reader.positiveAmount("amount")), reader.date("effectiveDate"),
                reader.requiredText("voucherNo"), reader.optionalText("payee"), reader.optionalText("description"),
                statistics(reader, economicCode));
        reader.finish();
        return command;
    }

    /** A reversal; the voucher comes from the path, or from the body in a journal. */
    static ReverseExpenditure reverseExpenditure(String ledgerId, String voucherNo, JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        ReverseExpenditure command = new ReverseExpenditure(ledgerId, reader.requestId(), recordedBy,
                voucherNo != null ? voucherNo : reader.requiredText("voucherNo"), reader.requiredText("reason"),
                reader.date("effectiveDate"));
        reader.finish();
        return command;
    }

    static SetThreePublicBudget setThreePublicBudget(String ledgerId, JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        Long amount = reader.amount("amount");
        SetThreePublicBudget command = new SetThreePublicBudget(ledgerId, reader.requestId(), recordedBy,
                reader.enumValue("category", ThreePublicCategory.class), orZero(amount), reader.requiredText("documentNo"),
                reader.date("effectiveDate"));
        reader.finish();
        return command;
    }

    static CloseYear closeYear(String ledgerId, JsonNode body, String recordedBy) {
        RequestReader reader = new RequestReader(body);
        String requestId = reader.requestId();
        var effectiveDate = reader.date("effectiveDate");
        Disposition defaultDisposition = reader.enumValue("defaultDisposition", Disposition.class);
        List<LineDisposition> overrides = new ArrayList<>();
        JsonNode list = reader.node("dispositions");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                reader.reject("dispositions", "must be a list");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    String prefix = "dispositions[" + i + "]";
                    JsonNode item = list.get(i);
                    BudgetLine line = reader.line(prefix + ".line", item.get("line"));
                    Disposition disposition = reader.enumValue(prefix + ".disposition", item.get("disposition"), Disposition.class);
                    if (line != null && disposition != null) {
                        overrides.add(new LineDisposition(line, disposition));
                    }
                }
            }
        }
        reader.finish();
        return new CloseYear(ledgerId, requestId, recordedBy, effectiveDate, defaultDisposition, List.copyOf(overrides));
    }

    /** 三公 statistics belong to their codes: receptions to 公务接待费, vehicles to 公务用车购置费. */
    private static ExpenditureStatistics statistics(RequestReader reader, String economicCode) {
        ExpenditureStatistics statistics = statistics(reader);
        String reception = ThreePublicCategory.RECEPTION.economicCode();
        String vehiclePurchase = ThreePublicCategory.VEHICLE_PURCHASE.economicCode();
        if ((statistics.receptionBatches() != 0 || statistics.receptionGuests() != 0) && !reception.equals(economicCode)) {
            reader.reject("statistics.receptionBatches", "are counted only on 公务接待费 (" + reception + ")");
        }
        if (statistics.vehiclesPurchased() != 0 && !vehiclePurchase.equals(economicCode)) {
            reader.reject("statistics.vehiclesPurchased", "are counted only on 公务用车购置费 (" + vehiclePurchase + ")");
        }
        return statistics;
    }

    private static ExpenditureStatistics statistics(RequestReader reader) {
        JsonNode node = reader.node("statistics");
        if (node == null || node.isNull()) {
            return ExpenditureStatistics.NONE;
        }
        if (!node.isObject()) {
            reader.reject("statistics", "must be an object with receptionBatches, receptionGuests, vehiclesPurchased");
            return ExpenditureStatistics.NONE;
        }
        return new ExpenditureStatistics(count(reader, node, "receptionBatches"), count(reader, node, "receptionGuests"),
                count(reader, node, "vehiclesPurchased"));
    }

    private static int count(RequestReader reader, JsonNode statistics, String field) {
        JsonNode node = statistics.get(field);
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber() || node.asLong() < 0 || node.asLong() > 1_000_000) {
            reader.reject("statistics." + field, "must be a whole number from 0 to 1000000");
            return 0;
        }
        return node.asInt();
    }

    private static long orZero(Long fen) {
        return fen == null ? 0 : fen;
    }
}
