package org.budgetledger.ui.ledger.tables;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.line.Fund;
import org.budgetledger.platform.security.Action;
import org.budgetledger.query.narrative.NarrativeParagraph;
import org.budgetledger.query.narrative.NarrativeSpan;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.publication.NarrativeHeadings;
import org.budgetledger.query.publication.Publications;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.report.CheckResult;
import org.budgetledger.query.report.ConsistencyCheck;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportColumn;
import org.budgetledger.query.report.ReportCsvWriter;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.ReportRow;
import org.budgetledger.query.report.ReportXlsxWriter;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.ui.ledger.LedgerViews;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The published tables of a ledger, laid out like the publication, with their downloads (for the
 * browser's session: the API chain takes Basic or Bearer only) and the consistency checks.
 */
@Controller
class TablesController {

    private final LedgerViews views;
    private final LedgerPositions positions;
    private final ReportBuilder builder;
    private final ConsistencyCheck consistency;
    private final ReportCsvWriter csv;
    private final ReportXlsxWriter xlsx;
    private final Publications publications;

    TablesController(LedgerViews views, LedgerPositions positions, ReportBuilder builder, ConsistencyCheck consistency,
            ReportCsvWriter csv, ReportXlsxWriter xlsx, Publications publications) {
        this.publications = publications;
        this.views = views;
        this.positions = positions;
        this.builder = builder;
        this.consistency = consistency;
        this.csv = csv;
        this.xlsx = xlsx;
    }

    /** An entry of the index. */
    record Listed(String number, String title, String href) {
    }

    /** A header cell: its text, and how many columns / rows it spans. */
    record HeaderCell(String text, int colspan, int rowspan) {
    }

    /** A body cell: the text (blank for zero, as published) and the history link of a figure that comes from entries. */
    record Cell(String text, String href) {
    }

    /** A body row. */
    record Row(String code, String shownCode, String name, int level, List<Cell> cells) {
    }

    /** A section of the 情况说明 as shown: its anchor, its heading and its paragraphs. */
    record NarrativeSectionView(String id, String heading, List<NarrativeParagraphView> paragraphs) {
    }

    /** A paragraph as shown: a sub-heading, or prose whose spans are marked by kind. */
    record NarrativeParagraphView(boolean subHeading, String text, List<NarrativeSpan> spans) {
    }

    /** A check as shown. */
    record Check(String name, boolean passed, String expected, String actual, String detail) {
    }

    @GetMapping("/ledgers/{unit}/{year}/tables")
    String index(@PathVariable String unit, @PathVariable String year, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt, Model model) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        LedgerPosition position = positions.of(view.ref().id(), view.cut().asOf(), view.cut().knownAt());
        model.addAttribute("view", view);
        model.addAttribute("ledger", view.summary());
        model.addAttribute("tables", Arrays.stream(ReportId.values()).map(id -> new Listed(id.number() == null ? "" : id.number(),
                id.title(), view.cut().addTo(UriComponentsBuilder.fromPath(view.base() + "/tables/" + id.id())).encode().toUriString()))
                .toList());
        model.addAttribute("checks", checks(position));
        model.addAttribute("hidden", Map.of());
        model.addAttribute("downloads", PublicationDownloadsController.Links.of(view));
        model.addAttribute("narrative", publications.writesNarratives() ? narrative(view) : null);
        return "ledger/tables";
    }

    @GetMapping("/ledgers/{unit}/{year}/tables/{id}")
    String table(@PathVariable String unit, @PathVariable String year, @PathVariable String id,
            @RequestParam(required = false) String fund, @RequestParam(required = false) String projectCode,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt, Model model) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        ReportId reportId = reportId(id);
        Fund chosenFund = LedgerViews.optional("fund", fund, Fund.class);
        String chosenProject = reportId == ReportId.PERFORMANCE_PROJECT ? LedgerViews.blankToNull(projectCode) : null;
        LedgerPosition position = positions.of(view.ref().id(), view.cut().asOf(), view.cut().knownAt());
        Report report = builder.build(reportId, position, chosenFund, chosenProject, previousYear(reportId, position));
        model.addAttribute("view", view);
        model.addAttribute("ledger", view.summary());
        model.addAttribute("report", report);
        model.addAttribute("reportId", reportId);
        model.addAttribute("header", header(report.columns()));
        model.addAttribute("grouped", report.columns().stream().anyMatch(column -> column.group() != null));
        model.addAttribute("rows", rows(view, reportId, report));
        model.addAttribute("checks", checks(position));
        model.addAttribute("funds", Fund.values());
        model.addAttribute("hidden", reportId.takesFund() && chosenFund != null ? Map.of("fund", chosenFund.name())
                : chosenProject != null ? Map.of("projectCode", chosenProject) : Map.of());
        model.addAttribute("csvHref", view.download(reportId, chosenFund, chosenProject, "csv"));
        model.addAttribute("xlsxHref", view.download(reportId, chosenFund, chosenProject, "xlsx"));
        model.addAttribute("indexHref", view.cut().addTo(UriComponentsBuilder.fromPath(view.base() + "/tables")).encode().toUriString());
        return "ledger/table";
    }

    @GetMapping("/ledgers/{unit}/{year}/tables/{id}.csv")
    ResponseEntity<String> csv(@PathVariable String unit, @PathVariable String year, @PathVariable String id,
            @RequestParam(required = false) String fund, @RequestParam(required = false) String projectCode,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        Report report = report(unit, year, id, fund, projectCode, asOf, knownAt);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ReportCsvWriter.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(csv.fileName(report))).body(csv.render(report));
    }

    @GetMapping("/ledgers/{unit}/{year}/tables/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String unit, @PathVariable String year, @PathVariable String id,
            @RequestParam(required = false) String fund, @RequestParam(required = false) String projectCode,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        Report report = report(unit, year, id, fund, projectCode, asOf, knownAt);
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        xlsx.write(report, workbook);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ReportXlsxWriter.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(xlsx.fileName(report))).body(workbook.toByteArray());
    }

    private Report report(String unit, String year, String id, String fund, String projectCode, String asOf, String knownAt) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        ReportId reportId = reportId(id);
        LedgerPosition position = positions.of(view.ref().id(), view.cut().asOf(), view.cut().knownAt());
        return builder.build(reportId, position, LedgerViews.optional("fund", fund, Fund.class),
                LedgerViews.blankToNull(projectCode), previousYear(reportId, position));
    }

    /** The previous year's position that general-costs compares with, when that year is in the books. */
    private LedgerPosition previousYear(ReportId reportId, LedgerPosition position) {
        return reportId == ReportId.GENERAL_COSTS ? positions.previousYearOf(position, position.knownAt()) : null;
    }

    /** The 情况说明 at the page's cut, beside the tables it explains. */
    private List<NarrativeSectionView> narrative(LedgerViews.View view) {
        var sections = publications.narrativeAt(view.ref().unitCode(), view.ref().fiscalYear(), view.cut().asOf(),
                view.cut().knownAt()).narrative().sections();
        List<NarrativeSectionView> shown = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            List<NarrativeParagraphView> paragraphs = new ArrayList<>();
            for (NarrativeParagraph paragraph : sections.get(i).paragraphs()) {
                paragraphs.add(new NarrativeParagraphView(NarrativeHeadings.isSubHeading(paragraph), paragraph.text(),
                        paragraph.spans()));
            }
            shown.add(new NarrativeSectionView("narrative-" + (i + 1), sections.get(i).heading(), paragraphs));
        }
        return shown;
    }

    private static ReportId reportId(String id) {
        return ReportId.parse(id).orElseThrow(() -> new LedgerRejection(ErrorCode.REPORT_NOT_FOUND, "没有报表 " + id));
    }

    private List<Check> checks(LedgerPosition position) {
        return consistency.check(position).stream().map(result -> new Check(CheckNames.of(result.name()), result.passed(),
                result.expected(), result.actual(), result.detail())).toList();
    }

    /** The header rows: one, or two where columns are grouped (年初结转和结余 › 基本支出结转). */
    static List<List<HeaderCell>> header(List<ReportColumn> columns) {
        boolean grouped = columns.stream().anyMatch(column -> column.group() != null);
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> lower = new ArrayList<>();
        int rows = grouped ? 2 : 1;
        top.add(new HeaderCell("项目", 2, rows));
        for (int i = 0; i < columns.size(); i++) {
            ReportColumn column = columns.get(i);
            if (column.group() == null) {
                top.add(new HeaderCell(column.label(), 1, rows));
                continue;
            }
            int span = 1;
            while (i + span < columns.size() && column.group().equals(columns.get(i + span).group())) {
                span++;
            }
            top.add(new HeaderCell(column.group(), span, 1));
            for (int j = i; j < i + span; j++) {
                lower.add(new HeaderCell(columns.get(j).heading(), 1, 1));
            }
            i += span - 1;
        }
        return grouped ? List.of(top, lower) : List.of(top);
    }

    /** The rows, with the history links of the cells that come from entries. */
    private static List<Row> rows(LedgerViews.View view, ReportId id, Report report) {
        List<Row> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (ReportColumn column : report.columns()) {
                String value = row.cells().get(column.key());
                String text = column.printed(value);
                String href = text.isEmpty() || !view.mayReadHistory() ? null : drill(view, id, report, row, column);
                cells.add(new Cell(text, href));
            }
            rows.add(new Row(row.code(), isSummary(row.code()) ? "" : row.code(), row.name(), row.level(), cells));
        }
        return rows;
    }

    private static boolean isSummary(String code) {
        // The contract's summary codes (INCOME_TOTAL, TOTAL, VEHICLES…); function, economic and project codes are not.
        return code.matches("[A-Z]+(_[A-Z]+)*") && (code.contains("_") || code.equals("TOTAL") || code.equals("VEHICLES"));
    }

    /** The history behind one cell, or null where the cell does not come from entries of one code. */
    private static String drill(LedgerViews.View view, ReportId id, Report report, ReportRow row, ReportColumn column) {
        Map<String, String> filter = new LinkedHashMap<>();
        boolean numeric = row.code().matches("[0-9]+");
        switch (id) {
            case EXPENDITURE, GENERAL_BUDGET_EXPENDITURE -> {
                if (!numeric) {
                    return null;
                }
                if (id == ReportId.GENERAL_BUDGET_EXPENDITURE) {
                    filter.put("fund", Fund.GENERAL_BUDGET.name());
                }
                filter.put("functionCode", row.code());
                String key = column.key();
                if (id == ReportId.EXPENDITURE && !List.of("total", "basic", "project").contains(key)) {
                    return null;
                }
                if (key.toLowerCase().contains("basic")) {
                    filter.put("nature", "BASIC");
                } else if (key.toLowerCase().contains("project")) {
                    filter.put("nature", "PROJECT");
                }
                if (key.startsWith("expenditure") || id == ReportId.EXPENDITURE) {
                    filter.put("type", "SPEND");
                } else if (key.startsWith("opening")) {
                    filter.put("type", "LedgerOpened");
                }
            }
            case GENERAL_BUDGET_BASIC_BY_ECONOMIC -> {
                if (!numeric) {
                    return null;
                }
                filter.put("fund", Fund.GENERAL_BUDGET.name());
                filter.put("nature", "BASIC");
                filter.put("economicCode", row.code());
                filter.put("type", "SPEND");
            }
            case FUNCTION_EXECUTION, PROJECT_EXECUTION -> {
                if (column.kind() != ReportColumn.Kind.AMOUNT || isSummary(row.code())) {
                    return null;
                }
                filter.put("fund", report.fund() == null ? Fund.GENERAL_BUDGET.name() : report.fund().name());
                if (id == ReportId.FUNCTION_EXECUTION) {
                    if (!numeric) {
                        return null;
                    }
                    filter.put("functionCode", row.code());
                } else {
                    filter.put("projectCode", row.code());
                }
                switch (column.key()) {
                    case "initial" -> filter.put("type", "INITIAL");
                    case "increases" -> filter.put("type", "INCREASE");
                    case "decreases" -> filter.put("type", "DECREASE");
                    case "transfersIn" -> filter.put("type", "TRANSFER_IN");
                    case "transfersOut" -> filter.put("type", "TRANSFER_OUT");
                    case "spent" -> filter.put("type", "SPEND");
                    default -> {
                    }
                }
            }
            default -> {
                return null;
            }
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(view.base() + "/history");
        filter.forEach(link::queryParam);
        if (view.cut().asOf() != null) {
            link.queryParam("to", view.cut().asOfText());
        }
        if (view.cut().knownAt() != null) {
            link.queryParam("knownAt", view.cut().knownAtText());
        }
        return link.encode().toUriString();
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
