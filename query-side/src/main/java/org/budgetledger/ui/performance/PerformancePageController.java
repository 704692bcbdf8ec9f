package org.budgetledger.ui.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.query.position.Evaluation;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.position.LinePosition;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.ui.ledger.LedgerViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The self-evaluation pages (绩效自评) of a ledger: the unit's 整体支出绩效自评表 with the generated budget part of
 * the narrative and the projects, and each project's 项目支出绩效自评表. Every figure is the report's, computed
 * from the entries at the page's cut; the forms that feed them are offered to the roles that may use them.
 */
@Controller
class PerformancePageController {

    private final LedgerViews views;
    private final LedgerPositions positions;
    private final ReportBuilder builder;

    PerformancePageController(LedgerViews views, LedgerPositions positions, ReportBuilder builder) {
        this.views = views;
        this.positions = positions;
        this.builder = builder;
    }

    /** A project of the ledger, in the list of the unit page. */
    record Project(String code, String name, boolean hasTargets, String href) {
    }

    @GetMapping("/ledgers/{unit}/{year}/performance")
    String unit(@PathVariable String unit, @PathVariable String year, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt, Model model) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        LedgerPosition position = positions.of(view.ref().id(), view.cut().asOf(), view.cut().knownAt());
        Report report = builder.build(ReportId.PERFORMANCE_UNIT, position, null, null);
        common(view, report, ReportId.PERFORMANCE_UNIT, null, model);
        model.addAttribute("sheet", SelfEvaluationSheet.of(report, ""));
        model.addAttribute("projects", projects(view, position));
        model.addAttribute("narrative", builder.performanceNarrative(position));
        model.addAttribute("outline", PublishedOutline.PARTS);
        return "performance/unit";
    }

    @GetMapping("/ledgers/{unit}/{year}/performance/projects/{projectCode}")
    String project(@PathVariable String unit, @PathVariable String year, @PathVariable String projectCode,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt, Model model) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        LedgerPosition position = positions.of(view.ref().id(), view.cut().asOf(), view.cut().knownAt());
        String name = projectNames(position).get(projectCode);
        if (name == null) {
            throw new LedgerRejection(ErrorCode.REPORT_NOT_FOUND, "本台账没有项目 " + projectCode);
        }
        Report report = builder.build(ReportId.PERFORMANCE_PROJECT, position, null, projectCode);
        common(view, report, ReportId.PERFORMANCE_PROJECT, projectCode, model);
        model.addAttribute("projectCode", projectCode);
        model.addAttribute("projectName", name);
        model.addAttribute("sheet", SelfEvaluationSheet.of(report, projectCode + ":"));
        return "performance/project";
    }

    /** What both pages show: the ledger, the cut, the downloads of the same table, the forms the user's role allows. */
    private static void common(LedgerViews.View view, Report report, ReportId id, String projectCode, Model model) {
        LedgerUser user = CurrentUser.get();
        String unitCode = view.ref().unitCode();
        String scope = PerformanceFormController.scopeValue(projectCode);
        model.addAttribute("view", view);
        model.addAttribute("ledger", view.summary());
        model.addAttribute("report", report);
        model.addAttribute("hidden", Map.of());
        model.addAttribute("csvHref", view.download(id, null, projectCode, "csv"));
        model.addAttribute("xlsxHref", view.download(id, null, projectCode, "xlsx"));
        model.addAttribute("unitHref", view.cut().addTo(UriComponentsBuilder.fromPath(view.base() + "/performance")).encode()
                .toUriString());
        model.addAttribute("targetsHref", user.may(Action.APPROVE, unitCode)
                ? PerformanceFormController.formPath(view.base(), PerformanceFormController.TARGETS, scope) : null);
        model.addAttribute("resultsHref", user.may(Action.RECORD, unitCode)
                ? PerformanceFormController.formPath(view.base(), PerformanceFormController.RESULTS, scope) : null);
    }

    private static List<Project> projects(LedgerViews.View view, LedgerPosition position) {
        Evaluation evaluation = position.evaluation();
        List<Project> projects = new ArrayList<>();
        projectNames(position).forEach((code, name) -> projects.add(new Project(code, name, evaluation.targetsOf(code).isPresent(),
                view.cut().addTo(UriComponentsBuilder.fromPath(view.base() + "/performance/projects/{code}")).buildAndExpand(code)
                        .encode().toUriString())));
        return projects;
    }

    /** The projects of the ledger's lines, by code, with their names. */
    static Map<String, String> projectNames(LedgerPosition position) {
        Map<String, String> names = new TreeMap<>();
        for (LinePosition line : position.lines()) {
            if (line.line().projectCode() != null) {
                names.putIfAbsent(line.line().projectCode(), line.line().projectName() == null ? "" : line.line().projectName());
            }
        }
        return names;
    }
}
