package org.budgetledger.ui.ledger.tables;

import org.budgetledger.platform.security.Action;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.publication.PublicationFiles;
import org.budgetledger.query.publication.Publications;
import org.budgetledger.ui.ledger.LedgerViews;
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
    private final PublicationFiles files;

    PublicationDownloadsController(LedgerViews views, Publications publications, PublicationFiles files) {
        this.views = views;
        this.publications = publications;
        this.files = files;
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
        return files.publication(view.ref().unitCode(), view.ref().fiscalYear(), false, view.cut().asOf(), view.cut().knownAt());
    }

    @GetMapping("/ledgers/{unit}/{year}/publication.xlsx")
    ResponseEntity<byte[]> publicationXlsx(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        return files.publication(view.ref().unitCode(), view.ref().fiscalYear(), true, view.cut().asOf(), view.cut().knownAt());
    }

    @GetMapping("/ledgers/{unit}/{year}/narrative.docx")
    ResponseEntity<byte[]> narrativeDocx(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        return files.narrativeDocx(view.ref().id(), narrative(view));
    }

    @GetMapping("/ledgers/{unit}/{year}/narrative.txt")
    ResponseEntity<byte[]> narrativeText(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt) {
        LedgerViews.View view = views.open(unit, year, Action.READ, asOf, knownAt);
        return files.narrativeText(view.ref().id(), narrative(view));
    }

    private Narrative narrative(LedgerViews.View view) {
        return publications.narrativeAt(view.ref().unitCode(), view.ref().fiscalYear(), view.cut().asOf(), view.cut().knownAt())
                .narrative();
    }
}
