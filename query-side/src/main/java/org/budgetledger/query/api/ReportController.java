package org.budgetledger.query.api;

import static org.budgetledger.rejection.ErrorCode.LEDGER_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.PROJECTION_BEHIND;
import static org.budgetledger.rejection.ErrorCode.REPORT_NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.Requires;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.budgetledger.line.Fund;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.entries.ProjectionPositions;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.report.CheckResult;
import org.budgetledger.query.report.ConsistencyCheck;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportCsvWriter;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.ReportXlsxWriter;
import org.budgetledger.query.report.TableDownloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published tables of a ledger as JSON, CSV or Excel, and the checks of their identities. */
@RestController
@Tag(name = "Reports", description = "The published tables (部门决算) computed from the ledger's entries")
@RequestMapping("/api/v1/ledgers/{unit}/{year}")
class ReportController {


    private final LedgerPositions positions;
    private final ReportBuilder builder;
    private final ConsistencyCheck consistency;
    private final TableDownloads downloads;
    private final ReadYourWrites readYourWrites;
    private final LedgerDirectory directory;
    private final ProjectionPositions projections;

    ReportController(LedgerPositions positions, ReportBuilder builder, ConsistencyCheck consistency, TableDownloads downloads,
            ReadYourWrites readYourWrites, LedgerDirectory directory,
            ProjectionPositions projections) {
        this.directory = directory;
        this.projections = projections;
        this.positions = positions;
        this.builder = builder;
        this.consistency = consistency;
        this.downloads = downloads;
        this.readYourWrites = readYourWrites;
    }

    @Operation(summary = "The ids and titles of the tables")
    @Rejects({LEDGER_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ)
    @GetMapping(path = "/reports", produces = "application/json")
    ReportListAnswer reports(LedgerRef ledger,
            @Parameter(description = LedgerQueryController.MIN_SEQUENCE) @RequestParam(required = false) Long minSequence) {
        String ledgerId = ledger.id();
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        directory.require(ledgerId);
        return new ReportListAnswer(ledgerId, projections.ofEntries(ledgerId),
                Arrays.stream(ReportId.values()).map(id -> new ReportListAnswer.ReportEntry(id.id(), id.number(), id.title()))
                        .toList());
    }

    @Operation(summary = "One published table", description = "JSON by default; format=csv or Accept: text/csv gives "
            + "CSV (UTF-8 with BOM), format=xlsx an Excel workbook laid out like the published table. Cells are 万元 "
            + "strings with 2 decimals, each rounded on its own (a total may differ by 0.01 from the sum of its rows).")
    @ApiResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Report.class)),
            @Content(mediaType = ReportCsvWriter.MEDIA_TYPE, schema = @Schema(type = "string")),
            @Content(mediaType = ReportXlsxWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string"))})
    @Rejects({LEDGER_NOT_FOUND, REPORT_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ)
    @GetMapping("/reports/{id}")
    ResponseEntity<?> report(LedgerRef ledger,
            @Parameter(description = "A table id (income-expenditure-summary, income, expenditure, fiscal-summary, "
                    + "general-budget-expenditure, general-budget-basic-by-economic, government-fund, state-capital, "
                    + "three-public, function-execution, project-execution, performance-project, performance-unit, procurement, "
                    + "general-costs) or its "
                    + "public number 01…09", example = "03")
            @PathVariable("id") String report,
            @Parameter(description = "The position on this effective day", example = "2023-12-31")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "The position as recorded at this instant") @RequestParam(required = false) String knownAt,
            @Parameter(description = "For the execution tables: another fund than GENERAL_BUDGET")
            @RequestParam(required = false) String fund,
            @Parameter(description = "For performance-project: the project (all projects with targets when absent)")
            @RequestParam(required = false) String projectCode,
            @Parameter(description = "json, csv or xlsx; text for performance-unit (the budget part of the narrative)")
            @RequestParam(required = false) String format,
            @Parameter(description = LedgerQueryController.MIN_SEQUENCE) @RequestParam(required = false) Long minSequence,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        LedgerQueryController.requireHistoryRightFor(knownAt, ledger);
        String ledgerId = ledger.id();
        ReportId id = ReportId.parse(report).orElseThrow(() -> new LedgerRejection(ErrorCode.REPORT_NOT_FOUND,
                "No report " + report + "; the reports are " + String.join(", ",
                        Arrays.stream(ReportId.values()).map(ReportId::id).toList())));
        Fund chosenFund = TableDownloads.fund(fund);
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        LedgerPosition position = positions.of(ledgerId, LedgerPaths.date("asOf", asOf), LedgerPaths.instant("knownAt", knownAt));
        String chosenFormat = format != null ? format : (TableDownloads.prefers(accept, TableDownloads.CSV) ? "csv" : "json");
        if ("text".equals(chosenFormat)) {
            if (id != ReportId.PERFORMANCE_UNIT) {
                throw LedgerRejection.invalid("format", "text is the narrative of performance-unit only; use json, csv or xlsx");
            }
            return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(builder.performanceNarrative(position));
        }
        if (projectCode != null && id == ReportId.PERFORMANCE_PROJECT
                && position.evaluation().targetsOf(projectCode).isEmpty()
                && position.lines().stream().noneMatch(line -> projectCode.equals(line.line().projectCode()))) {
            throw LedgerRejection.invalid("projectCode", "names no project of ledger " + ledgerId);
        }
        // general-costs compares 机关运行经费 with the previous year, read from its ledger when it is in the books.
        LedgerPosition previousYear = id == ReportId.GENERAL_COSTS
                ? positions.previousYearOf(position, position.knownAt()) : null;
        Report table = builder.build(id, position, chosenFund, projectCode, previousYear);
        return downloads.answer(table, chosenFormat, "must be json, csv, xlsx or (performance-unit) text");
    }

    @Operation(summary = "The table identities, verified on the ledger's position")
    @Rejects({LEDGER_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ)
    @GetMapping(path = "/checks", produces = "application/json")
    ChecksAnswer checks(LedgerRef ledger,
            @Parameter(description = "The position on this effective day") @RequestParam(required = false) String asOf,
            @Parameter(description = "The position as recorded at this instant") @RequestParam(required = false) String knownAt,
            @Parameter(description = LedgerQueryController.MIN_SEQUENCE) @RequestParam(required = false) Long minSequence) {
        LedgerQueryController.requireHistoryRightFor(knownAt, ledger);
        readYourWrites.awaitReadModels(ledger.id(), minSequence);
        LedgerPosition position = positions.of(ledger.id(), LedgerPaths.date("asOf", asOf), LedgerPaths.instant("knownAt", knownAt));
        List<CheckResult> results = consistency.check(position);
        return new ChecksAnswer(ledger.id(), position.sequence(), results.stream().allMatch(CheckResult::passed), results);
    }

}
