package org.budgetledger.query.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.budgetledger.line.Fund;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A table as the answer of an endpoint, in the format asked for: the one place that turns a
 * {@link Report} into JSON, CSV or Excel with its file name, so that a ledger's tables and a
 * department's are downloaded alike.
 */
@Component
public class TableDownloads {

    public static final MediaType CSV = MediaType.parseMediaType(ReportCsvWriter.MEDIA_TYPE);
    public static final MediaType XLSX = MediaType.parseMediaType(ReportXlsxWriter.MEDIA_TYPE);

    private final ReportCsvWriter csv;
    private final ReportXlsxWriter xlsx;

    TableDownloads(ReportCsvWriter csv, ReportXlsxWriter xlsx) {
        this.csv = csv;
        this.xlsx = xlsx;
    }

    /**
     * The table as {@code json}, {@code csv} or {@code xlsx}; any other format is refused with
     * {@code formats} as the field's message, such as {@code "must be json, csv or xlsx"}.
     */
    public ResponseEntity<?> answer(Report table, String format, String formats) {
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(table);
            case "csv" -> ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                    attachment(csv.fileName(table))).body(csv.render(table));
            case "xlsx" -> {
                ByteArrayOutputStream workbook = new ByteArrayOutputStream();
                xlsx.write(table, workbook);
                yield ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                        attachment(xlsx.fileName(table))).body(workbook.toByteArray());
            }
            default -> throw LedgerRejection.invalid("format", formats);
        };
    }

    /**
     * Whether the client's most preferred type (by quality, then in its order) is {@code type}:
     * false when in doubt, so that the endpoint answers its default (JSON).
     */
    public static boolean prefers(String accept, MediaType type) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            return !types.isEmpty() && types.get(0).isCompatibleWith(type) && !types.get(0).isWildcardType();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The {@code fund} parameter of the execution tables: null when absent. */
    public static Fund fund(String fund) {
        if (fund == null || fund.isBlank()) {
            return null;
        }
        try {
            return Fund.valueOf(fund.strip());
        } catch (IllegalArgumentException e) {
            throw LedgerRejection.invalid("fund", "must be one of GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL, UNIT_FUNDS");
        }
    }

    /** A Content-Disposition that downloads under {@code fileName}, Chinese characters included. */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
