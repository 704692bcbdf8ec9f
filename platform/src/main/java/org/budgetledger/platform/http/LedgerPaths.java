package org.budgetledger.platform.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;

/** Reads what both sides take from URLs: ledger paths and date parameters. */
public final class LedgerPaths {

    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2999;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private LedgerPaths() {
    }

    /** The ledger of {@code /ledgers/{unit}/{year}}; a malformed one names no ledger. */
    public static LedgerRef ledgerRef(String unitCode, String year) {
        int fiscalYear;
        try {
            fiscalYear = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            fiscalYear = -1;
        }
        if (!UNIT_CODE.matcher(unitCode).matches() || fiscalYear < MIN_YEAR || fiscalYear > MAX_YEAR) {
            throw new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND,
                    "No ledger " + unitCode + "/" + year + ": a ledger is a unit code and a fiscal year such as ZZJJ/2023");
        }
        return new LedgerRef(unitCode, fiscalYear);
    }

    /** An optional {@code YYYY-MM-DD} query parameter. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw LedgerRejection.invalid(name, "must be a date as YYYY-MM-DD");
        }
    }

    /** An optional ISO-8601 instant query parameter, such as {@code 2023-01-05T08:00:00Z}. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw LedgerRejection.invalid(name, "must be an ISO-8601 instant such as 2023-01-05T08:00:00Z");
        }
    }
}
