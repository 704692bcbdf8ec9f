package org.budgetledger.query.department;

import static org.budgetledger.rejection.ErrorCode.DEPARTMENT_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.FORBIDDEN;
import static org.budgetledger.rejection.ErrorCode.LEDGER_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.REPORT_NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.budgetledger.money.Money;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.report.ConsistencyCheck;
import org.budgetledger.query.report.Report;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportCsvWriter;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.query.report.ReportXlsxWriter;
import org.budgetledger.query.report.TableDownloads;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's consolidated tables (部门决算汇总) for a year: tables 01–09 and the execution
 * tables as the exact sums of its members' ledgers, rounded once per cell, with the transfers
 * between members eliminated from 01–03; what was eliminated; and each member's table 01.
 * Readable with a grant on the department's code or on {@code *} ({@link DepartmentAccess}).
 */
@RestController
@Tag(name = "Departments", description = "Departments (主管部门), their member units and their consolidated tables (汇总)")
@RequestMapping(path = "/api/v1/departments/{code}/{year}")
class DepartmentQueryController {

    private static final String CODE = "The department's code";
    private static final String YEAR = "The fiscal year";
    private static final String AS_OF = "The position on this effective day";
    private static final String KNOWN_AT = "As recorded at this instant (members too); needs RECORDER, APPROVER or AUDITOR on the department";

    private final DepartmentPositions positions;
    private final DepartmentAccess access;
    private final ReportBuilder builder;
    private final ConsistencyCheck consistency;
    private final UnitBreakdown breakdown;
    private final TableDownloads downloads;

    DepartmentQueryController(DepartmentPositions positions, DepartmentAccess access, ReportBuilder builder,
            ConsistencyCheck consistency, UnitBreakdown breakdown, TableDownloads downloads) {
        this.positions = positions;
        this.access = access;
        this.builder = builder;
        this.consistency = consistency;
        this.breakdown = breakdown;
        this.downloads = downloads;
    }

    /**
     * The tables a department publishes: the 决算 tables, the execution tables and 政府采购支出; not the
     * self-evaluations, nor 一般性支出, whose budgets and previous year are each unit's own statements.
     */
    static final List<ReportId> TABLES = Arrays.stream(ReportId.values())
            .filter(id -> id != ReportId.PERFORMANCE_PROJECT && id != ReportId.PERFORMANCE_UNIT && id != ReportId.GENERAL_COSTS)
            .toList();

    @Operation(summary = "The department's tables and its members for the year")
    @Rejects({DEPARTMENT_NOT_FOUND, LEDGER_NOT_FOUND, FORBIDDEN})
    @GetMapping(path = "/reports", produces = "application/json")
    DepartmentAnswers.ReportList reports(@Parameter(description = CODE) @PathVariable String code,
            @Parameter(description = YEAR) @PathVariable String year, HttpServletRequest request) {
        ConsolidatedPosition department = consolidated(code, year, null, null, request);
        return new DepartmentAnswers.ReportList(code, department.departmentName(), department.fiscalYear(),
                department.sequence(), members(department), TABLES.stream().map(id -> new DepartmentAnswers.ReportEntry(
                        id.id(), id.number(), id.title(), ConsolidatedPosition.eliminates(id))).toList());
    }

    @Operation(summary = "One consolidated table of the department",
            description = "The members' exact fen figures added and rounded once per cell; in 01–03 the pairs of "
                    + "…/eliminations marked ELIMINATED are taken off revenue and expenditure alike. JSON by default; "
                    + "format=csv or xlsx as for a ledger's table.")
    @ApiResponse(responseCode = "200", description = "The table", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = Report.class)),
            @Content(mediaType = ReportCsvWriter.MEDIA_TYPE, schema = @Schema(type = "string")),
            @Content(mediaType = ReportXlsxWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @Rejects({DEPARTMENT_NOT_FOUND, LEDGER_NOT_FOUND, REPORT_NOT_FOUND, FORBIDDEN})
    @GetMapping("/reports/{id}")
    ResponseEntity<?> report(@Parameter(description = CODE) @PathVariable String code,
            @Parameter(description = YEAR) @PathVariable String year,
            @Parameter(description = "A table id of …/reports or its public number 01…09", example = "01") @PathVariable("id") String report,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt,
            @Parameter(description = "For the execution tables: another fund than GENERAL_BUDGET") @RequestParam(required = false) String fund,
            @Parameter(description = "json, csv or xlsx") @RequestParam(required = false) String format,
            HttpServletRequest request) {
        ReportId id = ReportId.parse(report).filter(TABLES::contains).orElseThrow(() -> new LedgerRejection(
                ErrorCode.REPORT_NOT_FOUND, "No department table " + report + "; the tables are "
                        + String.join(", ", TABLES.stream().map(ReportId::id).toList())));
        ConsolidatedPosition department = consolidated(code, year, asOf, knownAt, request);
        Report table = builder.build(id, department.positionFor(id), TableDownloads.fund(fund));
        String chosen = format == null ? "json" : format;
        return downloads.answer(table, chosen, "must be json, csv or xlsx");
    }

    @Operation(summary = "What the department's tables 01–03 eliminate, and what they keep",
            description = "One pair per payer and receiver that name each other: ELIMINATED when both are members and "
                    + "both sides agree; kept (AMOUNTS_DIFFER, COUNTERPARTY_NOT_MEMBER) otherwise.")
    @Rejects({DEPARTMENT_NOT_FOUND, LEDGER_NOT_FOUND, FORBIDDEN})
    @GetMapping(path = "/eliminations", produces = "application/json")
    DepartmentAnswers.Eliminations eliminations(@Parameter(description = CODE) @PathVariable String code,
            @Parameter(description = YEAR) @PathVariable String year,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt, HttpServletRequest request) {
        ConsolidatedPosition department = consolidated(code, year, asOf, knownAt, request);
        long total = department.eliminations().stream().mapToLong(PairElimination::eliminatedFen).sum();
        return new DepartmentAnswers.Eliminations(code, department.fiscalYear(), department.sequence(),
                Money.formatYuan(total), department.eliminations().stream().map(DepartmentAnswers.Pair::of).toList());
    }

    @Operation(summary = "Each member's contribution to every row of table 01, the eliminations and the department's figure")
    @Rejects({DEPARTMENT_NOT_FOUND, LEDGER_NOT_FOUND, FORBIDDEN})
    @GetMapping(path = "/units", produces = "application/json")
    DepartmentAnswers.Units units(@Parameter(description = CODE) @PathVariable String code,
            @Parameter(description = YEAR) @PathVariable String year,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt, HttpServletRequest request) {
        return breakdown.of(consolidated(code, year, asOf, knownAt, request));
    }

    @Operation(summary = "The table identities, verified on the department's tables")
    @Rejects({DEPARTMENT_NOT_FOUND, LEDGER_NOT_FOUND, FORBIDDEN})
    @GetMapping(path = "/checks", produces = "application/json")
    DepartmentAnswers.Checks checks(@Parameter(description = CODE) @PathVariable String code,
            @Parameter(description = YEAR) @PathVariable String year,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
            @Parameter(description = KNOWN_AT) @RequestParam(required = false) String knownAt, HttpServletRequest request) {
        ConsolidatedPosition department = consolidated(code, year, asOf, knownAt, request);
        var results = consistency.check(department.allFunds(), department.fiscal());
        return new DepartmentAnswers.Checks(code + "/" + department.fiscalYear(), department.sequence(),
                results.stream().allMatch(result -> result.passed()), results);
    }

    private ConsolidatedPosition consolidated(String code, String year, String asOf, String knownAt, HttpServletRequest request) {
        Instant instant = LedgerPaths.instant("knownAt", knownAt);
        access.require(CurrentUser.get(), code, instant, request);
        LocalDate date = LedgerPaths.date("asOf", asOf);
        return positions.of(code, fiscalYear(code, year), date, instant);
    }

    static List<DepartmentAnswers.Member> members(ConsolidatedPosition department) {
        return department.members().stream().map(DepartmentQueryController::member).toList();
    }

    private static DepartmentAnswers.Member member(LedgerPosition position) {
        return new DepartmentAnswers.Member(position.unitCode(), position.unitName(), position.sequence());
    }

    private static int fiscalYear(String code, String year) {
        try {
            int value = Integer.parseInt(year);
            if (value >= LedgerPaths.MIN_YEAR && value <= LedgerPaths.MAX_YEAR) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, as a department year that does not exist
        }
        throw DepartmentPositions.notFound(code + "/" + year);
    }
}
