package org.budgetledger.query.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.line.Fund;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.entries.LedgerEntryProjection;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
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
@RequestMapping("/api/v1/ledgers/{unit}/{year}")
class ReportController {

    private static final MediaType XLSX = MediaType.parseMediaType(ReportXlsxWriter.MEDIA_TYPE);
    private static final MediaType CSV = MediaType.parseMediaType(ReportCsvWriter.MEDIA_TYPE);

    private final LedgerPositions positions;
    private final ReportBuilder builder;
    private final ConsistencyCheck consistency;
    private final ReportCsvWriter csv;
    private final ReportXlsxWriter xlsx;
    private final ReadYourWrites readYourWrites;
    private final LedgerDirectory directory;
    private final ProjectionPositions projections;

    ReportController(LedgerPositions positions, ReportBuilder builder, ConsistencyCheck consistency, ReportCsvWriter csv,
            ReportXlsxWriter xlsx, ReadYourWrites readYourWrites, LedgerDirectory directory,
            ProjectionPositions projections) {
        this.directory = directory;
        this.projections = projections;
        this.positions = positions;
        this.builder = builder;
        this.consistency = consistency;
        this.csv = csv;
        this.xlsx = xlsx;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping(path = "/reports", produces = "application/json")
    Map<String, Object> reports(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) Long minSequence) {
        String ledgerId = LedgerPaths.ledgerId(unit, year);
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        directory.require(ledgerId);
        List<Map<String, Object>> reports = Arrays.stream(ReportId.values()).map(id -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id.id());
            entry.put("number", id.number());
            entry.put("title", id.title());
            return entry;
        }).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ledger", ledgerId);
        answer.put("sequence", projections.of(LedgerEntryProjection.NAME, ledgerId));
        answer.put("reports", reports);
        return answer;
    }

    @GetMapping("/reports/{report}")
    ResponseEntity<?> report(@PathVariable String unit, @PathVariable String year, @PathVariable String report,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) String fund, @RequestParam(required = false) String format,
            @RequestParam(required = false) Long minSequence,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String ledgerId = LedgerPaths.ledgerId(unit, year);
        ReportId id = ReportId.parse(report).orElseThrow(() -> new LedgerRejection(ErrorCode.REPORT_NOT_FOUND,
                "No report " + report + "; the reports are " + String.join(", ",
                        Arrays.stream(ReportId.values()).map(ReportId::id).toList())));
        Fund chosenFund = fund(fund);
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        LedgerPosition position = positions.of(ledgerId, LedgerPaths.date("asOf", asOf), LedgerPaths.instant("knownAt", knownAt));
        Report table = chosenFund == null ? builder.build(id, position) : builder.build(id, position, chosenFund);
        String chosenFormat = format != null ? format : (prefersCsv(accept) ? "csv" : "json");
        return switch (chosenFormat) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
            case "csv" -> ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                    attachment(csv.fileName(table))).body(csv.render(table));
            case "xlsx" -> {
                ByteArrayOutputStream workbook = new ByteArrayOutputStream();
                xlsx.write(table, workbook);
                yield ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                        attachment(xlsx.fileName(table))).body(workbook.toByteArray());
            }
            default -> throw LedgerRejection.invalid("format", "must be json, csv or xlsx");
        };
    }

    @GetMapping(path = "/checks", produces = "application/json")
    Map<String, Object> checks(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) Long minSequence) {
        String ledgerId = LedgerPaths.ledgerId(unit, year);
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        LedgerPosition position = positions.of(ledgerId, LedgerPaths.date("asOf", asOf), LedgerPaths.instant("knownAt", knownAt));
        List<CheckResult> results = consistency.check(position);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ledger", ledgerId);
        answer.put("sequence", position.sequence());
        answer.put("passed", results.stream().allMatch(CheckResult::passed));
        answer.put("checks", results);
        return answer;
    }

    /** Whether the client's most preferred type is CSV; JSON otherwise, and when in doubt. */
    private static boolean prefersCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            // Highest quality first; among equals, the order the client gave.
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            return !types.isEmpty() && types.get(0).isCompatibleWith(CSV) && !types.get(0).isWildcardType();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static Fund fund(String fund) {
        if (fund == null || fund.isBlank()) {
            return null;
        }
        try {
            return Fund.valueOf(fund.strip());
        } catch (IllegalArgumentException e) {
            throw LedgerRejection.invalid("fund", "must be one of GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, UNIT_FUNDS");
        }
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
