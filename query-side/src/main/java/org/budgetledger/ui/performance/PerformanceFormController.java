package org.budgetledger.ui.performance;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.performance.Comparator;
import org.budgetledger.performance.IndicatorLevel1;
import org.budgetledger.performance.IndicatorLevel2;
import org.budgetledger.performance.PerformanceIndicator;
import org.budgetledger.performance.QualitativeGrade;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.query.position.Evaluation;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.ui.commands.CommandClient;
import org.budgetledger.ui.commands.CommandReply;
import org.budgetledger.ui.forms.Field;
import org.budgetledger.ui.forms.FormErrors;
import org.budgetledger.ui.forms.FormValues;
import org.budgetledger.ui.forms.Options.Option;
import org.budgetledger.ui.ledger.LedgerViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two forms of the self-evaluation: the targets of a scope (绩效目标, APPROVER), with an indicator table, and
 * the result of one indicator (实际完成值, RECORDER or APPROVER). Like the entry forms, each is turned into the
 * API's JSON body and sent through {@link CommandClient} on behalf of the user, so the rules (weights adding up to
 * 90, a reason for a missed target) and the rights are the command side's; the form's {@code requestId} makes a
 * repeated submit a harmless repeat.
 */
@Controller
class PerformanceFormController {

    static final String TARGETS = "targets";
    static final String RESULTS = "results";
    /** The scope value of the unit's overall spending: not a possible project code (letters, digits, . _ -). */
    static final String UNIT_SCOPE = "*";
    /** An empty target form offers this many indicator rows (the published tables have six to ten indicators). */
    static final int MIN_ROWS = 8;

    private static final Pattern INDICATOR_FIELD = Pattern.compile("indicators\\[(\\d+)]\\.(\\w+)");
    private static final List<Option> LEVEL1 = Arrays.stream(IndicatorLevel1.values())
            .map(level -> new Option(level.name(), level.label())).toList();
    private static final List<Option> LEVEL2 = Arrays.stream(IndicatorLevel2.values())
            .map(level -> new Option(level.name(), level.label() + "（" + level.level1().label() + "）")).toList();
    private static final List<Option> COMPARATORS = Arrays.stream(Comparator.values())
            .map(comparator -> new Option(comparator.symbol(), comparator.label())).toList();
    private static final List<Option> GRADES = Arrays.stream(QualitativeGrade.values())
            .map(grade -> new Option(grade.name(), grade.label() + "（" + grade.lowPct() + "%–" + grade.highPct() + "%）")).toList();

    /** The columns of the indicator table, by the API's field names inside an indicator. */
    static final List<Field> INDICATOR_COLUMNS = List.of(Field.text("code", "指标代码", false),
            Field.select("level1", "一级指标", false, LEVEL1), Field.select("level2", "二级指标", false, LEVEL2),
            Field.text("name", "三级指标", false), Field.select("comparator", "指标性质", false, COMPARATORS),
            Field.text("target", "年度指标值", false), Field.text("unit", "度量单位", false), Field.text("weight", "分值", false));
    private static final List<String> INDICATOR_PARTS = INDICATOR_COLUMNS.stream().map(Field::name).toList();

    private static final List<Field> TARGET_FIELDS = List.of(Field.text("overallGoal", "年度总体目标", true),
            Field.text("documentNo", "文号", false), Field.date("effectiveDate", "设定日期"));

    private final CommandClient commands;
    private final LedgerViews views;
    private final LedgerPositions positions;
    private final ObjectMapper json;

    PerformanceFormController(CommandClient commands, LedgerViews views, LedgerPositions positions, ObjectMapper json) {
        this.commands = commands;
        this.views = views;
        this.positions = positions;
        this.json = json;
    }

    /** A row of the indicator table: its values and its errors, by part ({@code code}, {@code weight}, …). */
    record IndicatorInput(int index, Map<String, String> values, Map<String, String> errors) {
    }

    /** What the done page shows as the form's title. */
    record Titled(String title) {
    }

    // ---- 绩效目标 ----

    @GetMapping("/ledgers/{unit}/{year}/performance/targets")
    String targetsForm(@PathVariable String unit, @PathVariable String year, @RequestParam(required = false) String scope,
            Model model) {
        LedgerViews.View view = views.open(unit, year, Action.APPROVE, null, null);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("requestId", newRequestId(TARGETS));
        int rows = MIN_ROWS;
        if (scope != null && !scope.isBlank()) {
            values.put("scope", scope);
            // Sending targets again replaces the scope's: start from the current ones rather than from nothing.
            Evaluation.Targets current = position(view).evaluation().targetsOf(projectOf(scope)).orElse(null);
            if (current != null) {
                values.put("overallGoal", current.overallGoal());
                putIfPresent(values, "documentNo", current.documentNo());
                List<PerformanceIndicator> indicators = current.indicators();
                for (int i = 0; i < indicators.size(); i++) {
                    PerformanceIndicator indicator = indicators.get(i);
                    String prefix = "indicators[" + i + "].";
                    values.put(prefix + "code", indicator.code());
                    values.put(prefix + "level1", indicator.level1().name());
                    values.put(prefix + "level2", indicator.level2().name());
                    values.put(prefix + "name", indicator.name());
                    values.put(prefix + "comparator", indicator.comparator().symbol());
                    putIfPresent(values, prefix + "target", indicator.target());
                    putIfPresent(values, prefix + "unit", indicator.unit());
                    values.put(prefix + "weight", indicator.weight());
                }
                rows = Math.max(MIN_ROWS, indicators.size() + 2);
            }
        }
        return showTargets(view, values, rows, Map.of(), List.of(), null, model);
    }

    @PostMapping("/ledgers/{unit}/{year}/performance/targets")
    String setTargets(@PathVariable String unit, @PathVariable String year, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response) {
        LedgerViews.View view = views.open(unit, year, Action.APPROVE, null, null);
        Map<String, String> values = FormValues.of(form);
        int rows = Math.max(MIN_ROWS, submittedRows(values));
        ObjectNode body = json.createObjectNode();
        put(body, "requestId", values.get("requestId"));
        scope(body, values.get("scope"));
        for (Field field : TARGET_FIELDS) {
            put(body, field.name(), values.get(field.name()));
        }
        // Empty rows are left out: the API's indicators[k] is the k-th filled row of the table.
        ArrayNode indicators = body.putArray("indicators");
        List<Integer> formRowOf = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ObjectNode indicator = json.createObjectNode();
            for (String part : INDICATOR_PARTS) {
                put(indicator, part, values.get("indicators[" + i + "]." + part));
            }
            if (!indicator.isEmpty()) {
                indicators.add(indicator);
                formRowOf.add(i);
            }
        }
        try {
            CommandReply answer = commands.send(apiPath(view, "/performance-targets"), body, CurrentUser.get().username());
            return done(view, "设定绩效目标", answer, values.get("scope"), TARGETS, model);
        } catch (LedgerRejection rejection) {
            rethrowUnlessFormProblem(rejection);
            Set<String> shown = Set.of("scope", "indicators", "overallGoal", "documentNo", "effectiveDate");
            FormErrors errors = FormErrors.of(rejection, field -> targetsField(field, formRowOf),
                    field -> shown.contains(field) || INDICATOR_FIELD.matcher(field).matches(), response);
            return showTargets(view, values, rows, errors.fields(), errors.general(), rejection, model);
        }
    }

    private String showTargets(LedgerViews.View view, Map<String, String> values, int rows, Map<String, List<String>> fieldErrors,
            List<String> generalErrors, LedgerRejection refusal, Model model) {
        List<IndicatorInput> inputs = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, String> rowValues = new LinkedHashMap<>();
            Map<String, String> rowErrors = new LinkedHashMap<>();
            for (String part : INDICATOR_PARTS) {
                String name = "indicators[" + i + "]." + part;
                rowValues.put(part, values.getOrDefault(name, ""));
                List<String> messages = fieldErrors.get(name);
                if (messages != null) {
                    rowErrors.put(part, String.join("；", messages));
                }
            }
            inputs.add(new IndicatorInput(i, rowValues, rowErrors));
        }
        model.addAttribute("scopeField", Field.select("scope", "评价对象", true, scopeOptions(view, false)));
        model.addAttribute("fields", TARGET_FIELDS);
        model.addAttribute("columns", INDICATOR_COLUMNS);
        model.addAttribute("rows", inputs);
        return form(view, values, fieldErrors, generalErrors, refusal, TARGETS, model);
    }

    /** Where the form shows a problem of the API's field: the scope's beside the scope, an indicator's in its row. */
    private static String targetsField(String apiField, List<Integer> formRowOf) {
        if (apiField.startsWith("scope")) {
            return "scope";
        }
        Matcher indicator = INDICATOR_FIELD.matcher(apiField);
        if (indicator.matches()) {
            int sent = Integer.parseInt(indicator.group(1));
            return sent < formRowOf.size() ? "indicators[" + formRowOf.get(sent) + "]." + indicator.group(2) : apiField;
        }
        return apiField;
    }

    /** How many indicator rows the submitted page had (it may have had more than {@link #MIN_ROWS}). */
    private static int submittedRows(Map<String, String> values) {
        int rows = 0;
        for (String name : values.keySet()) {
            Matcher indicator = INDICATOR_FIELD.matcher(name);
            if (indicator.matches()) {
                rows = Math.max(rows, Integer.parseInt(indicator.group(1)) + 1);
            }
        }
        return rows;
    }

    // ---- 实际完成值 ----

    @GetMapping("/ledgers/{unit}/{year}/performance/results")
    String resultForm(@PathVariable String unit, @PathVariable String year, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String indicator, Model model) {
        LedgerViews.View view = views.open(unit, year, Action.RECORD, null, null);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("requestId", newRequestId(RESULTS));
        String chosen = scope == null || scope.isBlank() ? firstScopeWithTargets(view) : scope;
        putIfPresent(values, "scope", chosen);
        putIfPresent(values, "indicatorCode", indicator);
        return showResult(view, values, Map.of(), List.of(), null, model);
    }

    @PostMapping("/ledgers/{unit}/{year}/performance/results")
    String recordResult(@PathVariable String unit, @PathVariable String year, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response) {
        LedgerViews.View view = views.open(unit, year, Action.RECORD, null, null);
        Map<String, String> values = FormValues.of(form);
        List<Field> fields = resultFields(List.of());
        ObjectNode body = json.createObjectNode();
        put(body, "requestId", values.get("requestId"));
        scope(body, values.get("scope"));
        for (Field field : fields) {
            put(body, field.name(), values.get(field.name()));
        }
        try {
            CommandReply answer = commands.send(apiPath(view, "/performance-results"), body, CurrentUser.get().username());
            return done(view, "填报实际完成值", answer, values.get("scope"), RESULTS, model);
        } catch (LedgerRejection rejection) {
            rethrowUnlessFormProblem(rejection);
            Set<String> shown = Set.copyOf(fields.stream().map(Field::name).toList());
            FormErrors errors = FormErrors.of(rejection, field -> field.startsWith("scope") ? "scope" : field, shown::contains,
                    response);
            return showResult(view, values, errors.fields(), errors.general(), rejection, model);
        }
    }

    private String showResult(LedgerViews.View view, Map<String, String> values, Map<String, List<String>> fieldErrors,
            List<String> generalErrors, LedgerRejection refusal, Model model) {
        String scope = values.get("scope");
        Evaluation.Targets targets = scope == null ? null
                : position(view).evaluation().targetsOf(projectOf(scope)).orElse(null);
        List<Option> indicators = targets == null ? List.of() : targets.indicators().stream()
                .map(indicator -> new Option(indicator.code(), indicator.code() + " " + indicator.name() + "（"
                        + indicator.comparator().label() + (indicator.target() == null ? "" : " " + indicator.target())
                        + (indicator.unit() == null ? "" : " " + indicator.unit()) + "，分值 " + indicator.weight() + "）"))
                .toList();
        model.addAttribute("scopeOptions", scopeOptions(view, true));
        model.addAttribute("scopeLabel", scopeOptions(view, false).stream().filter(option -> option.value().equals(scope))
                .map(Option::label).findFirst().orElse(scope));
        model.addAttribute("hasTargets", targets != null);
        model.addAttribute("fields", resultFields(indicators));
        return form(view, values, fieldErrors, generalErrors, refusal, RESULTS, model);
    }

    private static List<Field> resultFields(List<Option> indicators) {
        return List.of(Field.select("indicatorCode", "指标", true, indicators),
                Field.text("actual", "实际完成值（定量指标）", false), Field.select("grade", "评定等级（定性指标）", false, GRADES),
                Field.text("scorePct", "得分比例%（定性指标，在等级区间内）", false),
                Field.text("deviationReason", "偏差原因及改进措施（未达目标时必填）", false), Field.text("evidence", "佐证材料", false),
                Field.date("effectiveDate", "填报日期"));
    }

    private String firstScopeWithTargets(LedgerViews.View view) {
        Evaluation evaluation = position(view).evaluation();
        if (evaluation.targetsOf(null).isPresent()) {
            return UNIT_SCOPE;
        }
        return evaluation.projectCodes().stream().findFirst().orElse(null);
    }

    // ---- shared by both forms ----

    private String form(LedgerViews.View view, Map<String, String> values, Map<String, List<String>> fieldErrors,
            List<String> generalErrors, LedgerRejection refusal, String form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("ledger", view.summary());
        model.addAttribute("values", values);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("generalErrors", generalErrors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("postPath", view.base() + "/performance/" + form);
        model.addAttribute("evaluationHref", evaluationPath(view.base(), values.get("scope")));
        return "performance/" + form;
    }

    /** The done page of the entry forms, with the way back to the scope's 自评表. */
    private static String done(LedgerViews.View view, String title, CommandReply answer, String scope, String form, Model model) {
        model.addAttribute("kind", new Titled(title));
        model.addAttribute("ledger", view.ref());
        model.addAttribute("answer", answer);
        model.addAttribute("formPath", formPath(view.base(), form, scope));
        model.addAttribute("evaluationHref", evaluationPath(view.base(), scope));
        return "forms/done";
    }

    /** A refusal that is not about what was typed (the right, the ledger) is the refused page, never the form again. */
    private static void rethrowUnlessFormProblem(LedgerRejection rejection) {
        if (rejection.code() == ErrorCode.FORBIDDEN || rejection.code() == ErrorCode.LEDGER_NOT_FOUND) {
            throw rejection;
        }
    }

    /** The scopes one may choose: the unit, then the projects of the ledger's lines (with targets or not, for targets). */
    private List<Option> scopeOptions(LedgerViews.View view, boolean onlyWithTargets) {
        LedgerPosition position = position(view);
        Evaluation evaluation = position.evaluation();
        List<Option> options = new ArrayList<>();
        if (!onlyWithTargets || evaluation.targetsOf(null).isPresent()) {
            options.add(new Option(UNIT_SCOPE, "部门（单位）整体支出"));
        }
        PerformancePageController.projectNames(position).forEach((code, name) -> {
            if (!onlyWithTargets || evaluation.targetsOf(code).isPresent()) {
                options.add(new Option(code, "项目 " + code + " " + name));
            }
        });
        return options;
    }

    private LedgerPosition position(LedgerViews.View view) {
        return positions.of(view.ref().id(), null, null);
    }

    /** The API's scope object: {@code {"unit":true}} or {@code {"projectCode":…}}; none when nothing was chosen. */
    private static void scope(ObjectNode body, String scope) {
        if (scope == null || scope.isEmpty()) {
            return;
        }
        if (scope.equals(UNIT_SCOPE)) {
            body.putObject("scope").put("unit", true);
        } else {
            body.putObject("scope").put("projectCode", scope);
        }
    }

    static String scopeValue(String projectCode) {
        return projectCode == null ? UNIT_SCOPE : projectCode;
    }

    private static String projectOf(String scope) {
        return UNIT_SCOPE.equals(scope) ? null : scope;
    }

    static String formPath(String base, String form, String scope) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(base + "/performance/" + form);
        if (scope != null && !scope.isEmpty()) {
            link.queryParam("scope", scope);
        }
        return link.encode().toUriString();
    }

    /** The 自评表 of the scope: the project's page, or the unit's. */
    private static String evaluationPath(String base, String scope) {
        if (scope == null || scope.isEmpty() || scope.equals(UNIT_SCOPE)) {
            return base + "/performance";
        }
        return UriComponentsBuilder.fromPath(base + "/performance/projects/{code}").buildAndExpand(scope).encode().toUriString();
    }

    private static String apiPath(LedgerViews.View view, String command) {
        return "/ledgers/" + view.ref().unitCode() + "/" + view.ref().fiscalYear() + command;
    }

    /** Rendered with the form; a resubmission of the same page sends it again and is answered as a repeat. */
    private static String newRequestId(String form) {
        return "ui-performance-" + form + "-" + UUID.randomUUID();
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(name, value);
        }
    }

    private static void putIfPresent(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
