package org.budgetledger.ui.ledger.tables;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.budgetledger.platform.security.Action;
import org.budgetledger.query.publication.PublicationDocxWriter;
import org.budgetledger.query.publication.Publications;
import org.budgetledger.query.report.ReportXlsxWriter;
import org.budgetledger.query.report.TableDownloads;
import org.budgetledger.ui.ledger.LedgerViews;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The publication's downloads for the browser's session (the API chain takes Basic or Bearer
 * only): the whole 部门决算 as Word or Excel, the 情况说明 as Word or text, at the page's cut. They
 * are the documents the API gives, from the same {@link Publications}.
 */
@Controller
class PublicationDownloadsController {

    private final LedgerViews views;
    private final Publications publications;
    private final PublicationDocxWriter docx;
    private final ReportXlsxWriter xlsx;

    PublicationDownloadsController(LedgerViews views, Publications publications, PublicationDocxWriter docx, ReportXlsxWriter xlsx) {
        this.views = views;
        this.publications = publications;
        this.docx = docx;
        this.xlsx = xlsx;
    }

    /** The links of the tables page, at its cut. */
    record Links(String publicationDocx, String publicationXlsx, String narrativeDocx, String narrativeText) {

        static Links of(LedgerViews.View view) {
            return new Links(link(view, "/publication.docx"), link(view, "/publication.xlsx"), link(view, "/narrative.docx"),
                    link(view, "/narrative.txt"));
        }

        private static String link(LedgerViews.View view, String path) {
            return view.cut().addTo(UriComponentsBuilder.fromPath(view.base() + path)).encode().toUriString();
        }
    }

    @GetMapping("/ledgers/{unit}/{year}/publication.docx")
    ResponseEntity<byte[]> publicationDocx(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        docx.write(publications.publication(view.ref().unitCode(), view.ref().fiscalYear(), view.cut().asOf(), view.cut().knownAt()),
                file);
        return attachment(file.toByteArray(), MediaType.parseMediaType(PublicationDocxWriter.MEDIA_TYPE),
                PublicationDocxWriter.fileName(view.ref().id(), "publication", "docx"));
    }

    @GetMapping("/ledgers/{unit}/{year}/publication.xlsx")
    ResponseEntity<byte[]> publicationXlsx(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        xlsx.write(publications.tables(view.ref().unitCode(), view.ref().fiscalYear(), view.cut().asOf(), view.cut().knownAt()), file);
        return attachment(file.toByteArray(), TableDownloads.XLSX, PublicationDocxWriter.fileName(view.ref().id(), "publication", "xlsx"));
    }

    @GetMapping("/ledgers/{unit}/{year}/narrative.docx")
    ResponseEntity<byte[]> narrativeDocx(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        docx.writeNarrative(publications.narrativeAt(view.ref().unitCode(), view.ref().fiscalYear(), view.cut().asOf(),
                view.cut().knownAt()).narrative(), file);
        return attachment(file.toByteArray(), MediaType.parseMediaType(PublicationDocxWriter.MEDIA_TYPE),
                PublicationDocxWriter.fileName(view.ref().id(), "narrative", "docx"));
    }

    @GetMapping("/ledgers/{unit}/{year}/narrative.txt")
    ResponseEntity<byte[]> narrativeText(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        String text = publications.narrativeAt(view.ref().unitCode(), view.ref().fiscalYear(), view.cut().asOf(),
                view.cut().knownAt()).narrative().text();
        return attachment(text.getBytes(StandardCharsets.UTF_8), new MediaType("text", "plain", StandardCharsets.UTF_8),
                PublicationDocxWriter.fileName(view.ref().id(), "narrative", "txt"));
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, TableDownloads.attachment(fileName))
                .body(body);
    }
}
