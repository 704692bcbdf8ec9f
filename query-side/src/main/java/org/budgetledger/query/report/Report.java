package org.budgetledger.query.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import org.budgetledger.line.Fund;

/**
 * One published table as the HTTP contract shows it. Amount cells are 万元 strings with two
 * decimals, each rounded on its own from the exact fen total it covers, so a total may differ
 * by 0.01 from the sum of its printed rows (尾数误差), as in the published tables.
 *
 * <p>Besides the contract's fields it carries what a rendering needs: the unit's name, the
 * fiscal year, the recording-time cut ({@code knownAt}) and, for the execution tables, the fund
 * they cover.
 *
 * @param ledger {@code "<unitCode>/<year>"}
 * @param report the table's id
 * @param number the public number, or null for the execution tables
 * @param sequence the ledger entry count the figures reflect
 * @param asOf the effective-date cut ({@code YYYY-MM-DD}) or null for the whole ledger
 * @param knownAt the recording-time cut (ISO-8601 instant) or null
 * @param fund the fund of an execution table, null for the other tables
 */
@Schema(name = "Report", description = "One published table; cells are 万元 strings with 2 decimals")
public record Report(
        @Schema(example = "ZZJJ/2023") String ledger,
        @Schema(description = "The table's id", example = "expenditure") String report,
        @Schema(description = "The public number, null for the execution tables", nullable = true, example = "03") String number,
        @Schema(example = "支出决算表") String title,
        @Schema(example = "万元") String amountUnit,
        @Schema(description = "The ledger entry count the figures reflect", example = "462") long sequence,
        @Schema(description = "The effective-date cut, if asked", nullable = true) String asOf,
        @Schema(description = "The recording-time cut, if asked", nullable = true) String knownAt,
        @Schema(example = "株洲市公安局交通警察支队") String unitName,
        @Schema(example = "2023") int fiscalYear,
        @Schema(description = "The fund of an execution table; null for the other tables", nullable = true) Fund fund,
        @Schema(description = "The columns, in order") List<ReportColumn> columns,
        @Schema(description = "The rows, in the published order") List<ReportRow> rows) {

    /** Every report is published in 万元. */
    public static final String AMOUNT_UNIT = "万元";

    public Report {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The row with this code, if the table has it. */
    public Optional<ReportRow> row(String code) {
        return rows.stream().filter(row -> row.code().equals(code)).findFirst();
    }
}
