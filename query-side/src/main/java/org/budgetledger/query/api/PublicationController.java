package org.budgetledger.query.api;

import static org.budgetledger.rejection.ErrorCode.LEDGER_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.PROJECTION_BEHIND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.Requires;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.publication.PublicationDocxWriter;
import org.budgetledger.query.publication.PublicationFiles;
import org.budgetledger.query.publication.Publications;
import org.budgetledger.query.report.ReportXlsxWriter;
import org.budgetledger.query.report.TableDownloads;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The publication beyond the single tables: 第三部分 情况说明 ({@code reports/narrative}, a more
 * specific path than {@code reports/{id}}, so Spring routes it here) and the whole 部门决算 as a Word
 * document or a workbook of every table. Same rights, cuts and read-your-writes as the tables.
 */
@RestController
@Tag(name = "Reports", description = "The published tables (部门决算) computed from the ledger's entries")
@RequestMapping("/api/v1/ledgers/{unit}/{year}")
class PublicationController {

    private final Publications publications;
    private final PublicationFiles files;
    private final ReadYourWrites readYourWrites;

    PublicationController(Publications publications, PublicationFiles files, ReadYourWrites readYourWrites) {
        this.publications = publications;
        this.files = files;
        this.readYourWrites = readYourWrites;
    }

    @Operation(summary = "第三部分 情况说明, generated from the books", description = "Sections 一–十四 in the structure of "
            + "the published 情况说明: every figure, share, change (增加/减少/持平) and comparison word (大于/小于/等于) computed "
            + "from the tables; what only a person can write (reasons) is a placeholder 【待填写：…】. JSON by default (each "
            + "paragraph a list of TEXT, FIGURE and PLACEHOLDER spans); format=text or Accept: text/plain gives the plain "
            + "text, format=docx a Word document with the figures bold and the placeholders highlighted.")
    @ApiResponse(responseCode = "200", description = "The narrative", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = NarrativeAnswer.class)),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
            @Content(mediaType = PublicationDocxWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @Rejects({LEDGER_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ)
    @GetMapping("/reports/narrative")
    ResponseEntity<?> narrative(LedgerRef ledger,
            @Parameter(description = "The position on this effective day", example = "2023-12-31")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "The position as recorded at this instant") @RequestParam(required = false) String knownAt,
            @Parameter(description = "json, text or docx") @RequestParam(required = false) String format,
            @Parameter(description = LedgerQueryController.MIN_SEQUENCE) @RequestParam(required = false) Long minSequence,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        LedgerQueryController.requireHistoryRightFor(knownAt, ledger);
        LocalDate date = LedgerPaths.date("asOf", asOf);
        Instant instant = LedgerPaths.instant("knownAt", knownAt);
        String chosenFormat = format != null ? format.strip() : (TableDownloads.prefers(accept, MediaType.TEXT_PLAIN) ? "text" : "json");
        if (!List.of("json", "text", "docx").contains(chosenFormat)) {
            throw LedgerRejection.invalid("format", "must be json, text or docx");
        }
        readYourWrites.awaitReadModels(ledger.id(), minSequence);
        Publications.NarrativeAt generated = publications.narrativeAt(ledger.unitCode(), ledger.fiscalYear(), date, instant);
        Narrative narrative = generated.narrative();
        return switch (chosenFormat) {
            case "text" -> ResponseEntity.ok().contentType(PublicationFiles.TEXT).header(HttpHeaders.CONTENT_DISPOSITION,
                    inline(PublicationDocxWriter.fileName(ledger.id(), "narrative", "txt"))).body(narrative.text());
            case "docx" -> files.narrativeDocx(ledger.id(), narrative);
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new NarrativeAnswer(ledger.id(),
                    generated.sequence(), date == null ? null : date.toString(), instant == null ? null : instant.toString(),
                    narrative.unitName(), narrative.fiscalYear(), narrative.sections()));
        };
    }

    @Operation(summary = "The whole publication (部门决算)", description = "format=docx (the default): a Word document with "
            + "the cover, 目录 (a TOC field Word updates with page numbers; LibreOffice shows the list of parts as written), "
            + "第一部分 部门概况 (部门职责 and 机构设置 as placeholders for the unit to write), 第二部分 the tables 01–09 laid "
            + "out as published, 第三部分 情况说明, 第四部分 名词解释 and the 附表 (execution tables of the general budget, "
            + "政府采购支出, 一般性支出). Amounts as the JSON tables print them, a zero amount blank. format=xlsx: every "
            + "table of the publication in one workbook, a sheet each.")
    @ApiResponse(responseCode = "200", description = "The publication", content = {
            @Content(mediaType = PublicationDocxWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = ReportXlsxWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @Rejects({LEDGER_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ)
    @GetMapping("/publication")
    ResponseEntity<byte[]> publication(LedgerRef ledger,
            @Parameter(description = "The position on this effective day", example = "2023-12-31")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "The position as recorded at this instant") @RequestParam(required = false) String knownAt,
            @Parameter(description = "docx (the default) or xlsx") @RequestParam(required = false) String format,
            @Parameter(description = LedgerQueryController.MIN_SEQUENCE) @RequestParam(required = false) Long minSequence) {
        LedgerQueryController.requireHistoryRightFor(knownAt, ledger);
        LocalDate date = LedgerPaths.date("asOf", asOf);
        Instant instant = LedgerPaths.instant("knownAt", knownAt);
        String chosenFormat = format == null ? "docx" : format.strip();
        if (!List.of("docx", "xlsx").contains(chosenFormat)) {
            throw LedgerRejection.invalid("format", "must be docx or xlsx");
        }
        readYourWrites.awaitReadModels(ledger.id(), minSequence);
        return files.publication(ledger.unitCode(), ledger.fiscalYear(), chosenFormat.equals("xlsx"), date, instant);
    }

    private static String inline(String fileName) {
        return ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
