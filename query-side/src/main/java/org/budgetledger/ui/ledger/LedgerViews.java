package org.budgetledger.ui.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Nature;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.DepartmentVisibility;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.report.ReportId;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every read page of a ledger does first: checks the user's right on the ledger of the path,
 * finds the ledger and reads the {@code asOf} / {@code knownAt} cut (knownAt only for a role with
 * READ_HISTORY). Also the Chinese names the pages share.
 */
@Component
public class LedgerViews {

    /** The UI shows and reads recording times in Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final LedgerDirectory directory;
    private final DepartmentVisibility departments;

    public LedgerViews(LedgerDirectory directory, DepartmentVisibility departments) {
        this.directory = directory;
        this.departments = departments;
    }

    /** The ledger of the path, the user's rights on it, and the cut the page applies. */
    public record View(LedgerRef ref, LedgerSummary summary, boolean mayReadHistory, Cut cut) {

        public String base() {
            return "/ledgers/" + ref.unitCode() + "/" + ref.fiscalYear();
        }

        /**
         * The download of a table ({@code csv} or {@code xlsx}) for the browser's session, at the page's cut: the API's
         * {@code /api/v1/…/reports} takes Basic or Bearer only. {@code fund} only for a table that takes one,
         * {@code projectCode} only for {@code performance-project}.
         */
        public String download(ReportId id, Fund fund, String projectCode, String format) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(base() + "/tables/" + id.id() + "." + format);
            if (fund != null && id.takesFund()) {
                link.queryParam("fund", fund.name());
            }
            if (projectCode != null && id == ReportId.PERFORMANCE_PROJECT) {
                link.queryParam("projectCode", projectCode);
            }
            return cut.addTo(link).encode().toUriString();
        }
    }

    /**
     * The effective-date and recording-time cuts.
     *
     * @param asOfText what the date picker shows
     * @param knownAtText what the datetime picker shows (Beijing time, to the minute)
     */
    public record Cut(LocalDate asOf, Instant knownAt, String asOfText, String knownAtText) {

        public boolean any() {
            return asOf != null || knownAt != null;
        }

        /** Adds the cut to a link, so that a page reached from another shows the same figures. */
        public UriComponentsBuilder addTo(UriComponentsBuilder link) {
            if (asOf != null) {
                link.queryParam("asOf", asOfText);
            }
            if (knownAt != null) {
                link.queryParam("knownAt", knownAtText);
            }
            return link;
        }

        public String describe() {
            StringBuilder text = new StringBuilder();
            if (asOf != null) {
                text.append("业务日期截至 ").append(asOfText);
            }
            if (knownAt != null) {
                text.append(text.isEmpty() ? "" : "，").append("记录时间截至 ").append(SHOWN.format(knownAt.atZone(ZONE)))
                        .append("（北京时间）");
            }
            return text.isEmpty() ? "全部分录" : text.toString();
        }
    }

    /** Checks {@code action} on the ledger of the path and reads the cut. */
    public View open(String unit, String year, Action action, String asOf, String knownAt) {
        LedgerRef ref = LedgerPaths.ledgerRef(unit, year);
        LedgerUser user = CurrentUser.get();
        LedgerAccess.require(user, ref, action, departments);
        LedgerSummary summary = directory.require(ref.id());
        boolean history = user.may(Action.READ_HISTORY, ref.unitCode());
        LocalDate date = LedgerPaths.date("asOf", asOf);
        Instant instant = null;
        if (knownAt != null && !knownAt.isBlank()) {
            // A view as known at a recording time is history: refused to a role without that right.
            LedgerAccess.require(user, ref, Action.READ_HISTORY);
            instant = instant(knownAt);
        }
        return new View(ref, summary, history, new Cut(date, instant, date == null ? "" : date.toString(),
                instant == null ? "" : LOCAL_MINUTES.format(instant.atZone(ZONE))));
    }

    /** An ISO instant ({@code …Z}) or the picker's local date-time, read as Beijing time. */
    static Instant instant(String text) {
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(value).atZone(ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw LedgerRejection.invalid("knownAt", "须为日期时间，如 2023-07-01T12:00");
            }
        }
    }

    /** A recording instant as the pages show it. */
    public static String shownInstant(String iso) {
        try {
            return SHOWN.format(Instant.parse(iso).atZone(ZONE));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    public static String natureName(Nature nature) {
        return nature == Nature.BASIC ? "基本支出" : "项目支出";
    }

    public static String natureName(String nature) {
        return nature == null ? "" : natureName(Nature.valueOf(nature));
    }

    public static String fundName(String fund) {
        return fund == null ? "" : Fund.valueOf(fund).label();
    }

    /** An optional enum parameter of a filter: blank is none, anything else must be a constant. */
    public static <E extends Enum<E>> E optional(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw LedgerRejection.invalid(field, "取值无效：" + value);
        }
    }

    /** Blank is no filter. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
