package org.budgetledger.query.publication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.events.LedgerIds;
import org.budgetledger.query.narrative.Narrative;
import org.budgetledger.query.report.ReportXlsxWriter;
import org.budgetledger.query.report.TableDownloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The publication and its 情况说明 as downloaded files: the one place that writes them with their
 * media type and file name, so that the API and the tables page's links give the same documents.
 */
@Component
public class PublicationFiles {

    public static final MediaType DOCX = MediaType.parseMediaType(PublicationDocxWriter.MEDIA_TYPE);
    public static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final Publications publications;
    private final PublicationDocxWriter docx;
    private final ReportXlsxWriter xlsx;

    PublicationFiles(Publications publications, PublicationDocxWriter docx, ReportXlsxWriter xlsx) {
        this.publications = publications;
        this.docx = docx;
        this.xlsx = xlsx;
    }

    /** The whole publication at a cut: {@code xlsx} every table a sheet, any other format the Word document. */
    public ResponseEntity<byte[]> publication(String unitCode, int fiscalYear, boolean workbook, LocalDate asOf, Instant knownAt) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String ledgerId = LedgerIds.of(unitCode, fiscalYear);
        if (workbook) {
            xlsx.write(publications.tables(unitCode, fiscalYear, asOf, knownAt), file);
            return attachment(file.toByteArray(), TableDownloads.XLSX, PublicationDocxWriter.fileName(ledgerId, "publication", "xlsx"));
        }
        docx.write(publications.publication(unitCode, fiscalYear, asOf, knownAt), file);
        return attachment(file.toByteArray(), DOCX, PublicationDocxWriter.fileName(ledgerId, "publication", "docx"));
    }

    /** The 情况说明 alone as a Word document. */
    public ResponseEntity<byte[]> narrativeDocx(String ledgerId, Narrative narrative) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        docx.writeNarrative(narrative, file);
        return attachment(file.toByteArray(), DOCX, PublicationDocxWriter.fileName(ledgerId, "narrative", "docx"));
    }

    /** The 情况说明 alone as a UTF-8 text file to save. */
    public ResponseEntity<byte[]> narrativeText(String ledgerId, Narrative narrative) {
        return attachment(narrative.text().getBytes(StandardCharsets.UTF_8), TEXT,
                PublicationDocxWriter.fileName(ledgerId, "narrative", "txt"));
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, TableDownloads.attachment(fileName))
                .body(body);
    }
}
