package org.budgetledger.ui.forms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.ui.commands.CommandClient;
import org.budgetledger.ui.commands.CommandReply;
import org.budgetledger.ui.payments.PaymentStatusNames;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.position.LinePosition;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The entry forms of a ledger. Each form's fields are turned into the JSON object the API's
 * endpoint takes and sent to that endpoint on behalf of the logged-in user ({@link CommandClient}),
 * so that the rules, the rights and the messages are exactly the API's; a form the user's role
 * does not allow is not even shown.
 */
@Controller
class EntryFormController {

    private static final Pattern DISPOSITION = Pattern.compile("dispositions\\[(\\d+)].*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}");

    private final CommandClient commands;
    private final ClassificationCatalogue catalogue;
    private final LedgerPositions positions;
    private final ObjectMapper json;

    EntryFormController(CommandClient commands, ClassificationCatalogue catalogue, LedgerPositions positions, ObjectMapper json) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.positions = positions;
        this.json = json;
    }

    /** One form the user may use, for the index. */
    record Entry(String title, String path) {
    }

    /** A line of the ledger, offered a disposition of its own on the closing form. */
    record ClosingLine(int index, BudgetLine line, String label, String available) {
    }

    @GetMapping("/ledgers/{unit}/{year}/entries")
    String index(@PathVariable String unit, @PathVariable int year, Model model, HttpServletResponse response) {
        LedgerUser user = CurrentUser.get();
        LedgerRef ledger = new LedgerRef(unit, year);
        LedgerAccess.require(user, ledger, Action.READ);
        List<Entry> entries = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            if (user.may(kind.action(), unit)) {
                entries.add(new Entry(kind.title(), kind.path(unit, year)));
            }
        }
        model.addAttribute("ledger", ledger);
        model.addAttribute("entries", entries);
        model.addAttribute("mayImport", user.may(Action.RECORD, unit));
        return "forms/index";
    }

    @GetMapping("/ledgers/{unit}/{year}/entries/{kind}")
    String form(@PathVariable String unit, @PathVariable int year, @PathVariable String kind, Model model,
            HttpServletResponse response) {
        return EntryKind.of(kind).map(found -> blank(found, unit, year, model, response))
                .orElseThrow(() -> new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "No such form"));
    }

    @PostMapping("/ledgers/{unit}/{year}/entries/{kind}")
    String submit(@PathVariable String unit, @PathVariable int year, @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        return EntryKind.of(kind).map(found -> submitted(found, unit, year, form, model, response))
                .orElseThrow(() -> new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "No such form"));
    }

    @GetMapping("/ledgers/{unit}/{year}/next-year")
    String nextYear(@PathVariable String unit, @PathVariable int year, Model model, HttpServletResponse response) {
        return blank(EntryKind.NEXT_YEAR, unit, year, model, response);
    }

    @PostMapping("/ledgers/{unit}/{year}/next-year")
    String openNextYear(@PathVariable String unit, @PathVariable int year, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response) {
        return submitted(EntryKind.NEXT_YEAR, unit, year, form, model, response);
    }

    private String blank(EntryKind kind, String unit, int year, Model model, HttpServletResponse response) {
        LedgerRef ledger = new LedgerRef(unit, year);
        LedgerAccess.require(CurrentUser.get(), ledger, kind.action());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("requestId", newRequestId(kind));
        if (kind == EntryKind.NEXT_YEAR) {
            unitName(ledger).ifPresent(name -> values.put("unitName", name));
        }
        return show(kind, ledger, values, Map.of(), List.of(), null, model);
    }

    private String submitted(EntryKind kind, String unit, int year, MultiValueMap<String, String> form, Model model,
            HttpServletResponse response) {
        LedgerUser user = CurrentUser.get();
        LedgerRef ledger = new LedgerRef(unit, year);
        LedgerAccess.require(user, ledger, kind.action());
        Map<String, String> values = FormValues.of(form);
        try {
            CommandReply answer = send(kind, ledger, body(kind, ledger, values), user.username());
            model.addAttribute("answer", answer);
            model.addAttribute("kind", kind);
            model.addAttribute("ledger", ledger);
            model.addAttribute("formPath", kind.path(unit, year));
            model.addAttribute("paymentStatus", answer.status() == null ? null : PaymentStatusNames.of(answer.status()));
            return "forms/done";
        } catch (LedgerRejection rejection) {
            if (rejection.code() == ErrorCode.FORBIDDEN || rejection.code() == ErrorCode.LEDGER_NOT_FOUND && kind != EntryKind.NEXT_YEAR) {
                throw rejection;
            }
            FormErrors errors = FormErrors.of(rejection, EntryFormController::formField, field -> isShown(kind, field, values),
                    response);
            return show(kind, ledger, values, errors.fields(), errors.general(), rejection, model);
        }
    }

    private String show(EntryKind kind, LedgerRef ledger, Map<String, String> values, Map<String, List<String>> fieldErrors,
            List<String> generalErrors, LedgerRejection refusal, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("ledger", ledger);
        model.addAttribute("postPath", kind.path(ledger.unitCode(), ledger.fiscalYear()));
        model.addAttribute("values", values);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("generalErrors", generalErrors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("functionCodes", kind.fields().stream().anyMatch(field -> field.type().equals("function"))
                ? functionItems(ledger.fiscalYear()) : Map.of());
        model.addAttribute("economicCodes", kind.fields().stream().anyMatch(field -> field.type().equals("economic"))
                ? economicItems(ledger.fiscalYear()) : Map.of());
        model.addAttribute("closingLines", kind == EntryKind.CLOSING ? closingLines(ledger) : List.of());
        return "forms/entry";
    }

    /** The API's body: the form's fields at the top, in {@code line} or in {@code statistics}. */
    private ObjectNode body(EntryKind kind, LedgerRef ledger, Map<String, String> values) {
        ObjectNode body = json.createObjectNode();
        put(body, "requestId", values.get("requestId"));
        for (Field field : kind.fields()) {
            String value = values.get(field.name());
            if (value == null || value.isEmpty()) {
                continue;
            }
            // A dotted name (a transfer's from.fund, to.fund, …) names its JSON object itself.
            int dot = field.name().indexOf('.');
            String group = dot < 0 ? field.group() : field.name().substring(0, dot);
            String name = dot < 0 ? field.name() : field.name().substring(dot + 1);
            ObjectNode target = group == null ? body
                    : body.has(group) ? (ObjectNode) body.get(group) : body.putObject(group);
            if (field.type().equals("count") && NUMBER.matcher(value).matches()) {
                target.put(name, Integer.parseInt(value));
            } else {
                target.put(name, value);
            }
        }
        if (kind == EntryKind.CLOSING) {
            var dispositions = body.putArray("dispositions");
            for (int i = 0; values.containsKey("line-" + i + "-fund"); i++) {
                String disposition = values.get("disposition-" + i);
                if (disposition == null || disposition.isEmpty()) {
                    continue;
                }
                ObjectNode override = dispositions.addObject();
                ObjectNode line = override.putObject("line");
                for (String part : List.of("fund", "functionCode", "nature", "projectCode", "projectName")) {
                    put(line, part, values.get("line-" + i + "-" + part));
                }
                override.put("disposition", disposition);
            }
        }
        if (kind.statementKind() != null) {
            body.put("kind", kind.statementKind().name());
        }
        if (kind == EntryKind.NEXT_YEAR) {
            body.put("unitCode", ledger.unitCode());
            body.put("fiscalYear", ledger.fiscalYear() + 1);
        }
        return body;
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(name, value);
        }
    }

    /** The command's endpoint, as the contract names it, and the answer it gives. */
    private CommandReply send(EntryKind kind, LedgerRef ledger, ObjectNode body, String username) {
        String base = "/ledgers/" + ledger.unitCode() + "/" + ledger.fiscalYear();
        String path = switch (kind) {
            case APPROPRIATION -> base + "/appropriations";
            case ADJUSTMENT -> base + "/adjustments";
            case TRANSFER -> base + "/transfers";
            case REVENUE -> base + "/revenues";
            case EXPENDITURE -> base + "/expenditures";
            case PAYMENT_REQUEST -> base + "/payment-requests";
            case REVERSAL -> {
                String voucher = body.path("voucherNo").asString();
                if (voucher.isBlank()) {
                    throw LedgerRejection.invalid("voucherNo", "is required");
                }
                yield base + "/expenditures/" + URLEncoder.encode(voucher, StandardCharsets.UTF_8).replace("+", "%20") + "/reversal";
            }
            case THREE_PUBLIC_BUDGET -> base + "/three-public-budgets";
            case CONTROL_BUDGET -> base + "/control-budgets";
            case ASSETS_STATEMENT, PRIOR_YEAR_STATEMENT -> base + "/statements";
            case CLOSING -> base + "/closing";
            case NEXT_YEAR -> "/ledgers";
        };
        return commands.send(path, body, username);
    }

    /** Where a problem of the API's field is shown: {@code line.functionCode} beside the function-code field. */
    static String formField(String apiField) {
        Matcher disposition = DISPOSITION.matcher(apiField);
        if (disposition.matches()) {
            return "disposition-" + disposition.group(1);
        }
        if (apiField.startsWith("line.")) {
            return apiField.substring("line.".length());
        }
        if (apiField.startsWith("statistics.")) {
            return apiField.substring("statistics.".length());
        }
        return apiField;
    }

    private static boolean isShown(EntryKind kind, String field, Map<String, String> values) {
        return kind.fields().stream().anyMatch(candidate -> candidate.name().equals(field))
                || field.startsWith("disposition-") && values.containsKey("line-" + field.substring("disposition-".length()) + "-fund");
    }

    /** Rendered with the form; a resubmission of the same page sends it again and is answered as a repeat. */
    static String newRequestId(EntryKind kind) {
        return "ui-" + kind.key() + "-" + UUID.randomUUID();
    }

    private Map<String, String> functionItems(int year) {
        Map<String, String> items = new LinkedHashMap<>();
        catalogue.functionCodes(year).forEach((code, name) -> {
            if (code.length() == 7) {
                items.put(code, name);
            }
        });
        return items;
    }

    private Map<String, String> economicItems(int year) {
        Map<String, String> items = new LinkedHashMap<>();
        catalogue.economicCodes(year).forEach((code, name) -> {
            if (code.length() == 5) {
                items.put(code, name);
            }
        });
        return items;
    }

    private List<ClosingLine> closingLines(LedgerRef ledger) {
        List<ClosingLine> lines = new ArrayList<>();
        try {
            LedgerPosition position = positions.of(ledger.id(), null, null);
            int i = 0;
            for (LinePosition line : position.lines()) {
                BudgetLine budgetLine = line.figures().line();
                String label = budgetLine.fund().label() + " · " + budgetLine.functionCode() + " "
                        + catalogue.functionName(budgetLine.functionCode(), ledger.fiscalYear()).orElse("") + " · "
                        + (budgetLine.projectCode() == null ? "基本支出" : "项目 " + budgetLine.projectCode() + " "
                        + (budgetLine.projectName() == null ? "" : budgetLine.projectName()));
                lines.add(new ClosingLine(i++, budgetLine, label,
                        org.budgetledger.money.Money.formatYuan(line.figures().availableFen())));
            }
        } catch (LedgerRejection notYetRead) {
            // a ledger the read side does not hold yet has no lines to offer
        }
        return lines;
    }

    private java.util.Optional<String> unitName(LedgerRef ledger) {
        try {
            return java.util.Optional.ofNullable(positions.of(ledger.id(), null, null).unitName());
        } catch (LedgerRejection notYetRead) {
            return java.util.Optional.empty();
        }
    }
}
