package org.budgetledger.query.api;

import static org.budgetledger.rejection.ErrorCode.LEDGER_NOT_FOUND;
import static org.budgetledger.rejection.ErrorCode.PROJECTION_BEHIND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.budgetledger.platform.http.LedgerRef;
import org.budgetledger.platform.http.LineView;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.DepartmentVisibility;
import org.budgetledger.platform.security.LedgerAccess;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.Requires;
import java.util.Arrays;
import org.budgetledger.line.Fund;
import org.budgetledger.line.Nature;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.entries.LedgerHistory;
import org.budgetledger.query.entries.ProjectionPositions;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.position.LinePosition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger list, the lines of a ledger and its history. */
@RestController
@Tag(name = "Queries", description = "The read side: every answer carries the sequence it reflects")
@RequestMapping(path = "/api/v1/ledgers", produces = "application/json")
class LedgerQueryController {

    static final String MIN_SEQUENCE = "Wait (at most 10 s, then 503 PROJECTION_BEHIND) until the read side has applied "
            + "this entry of the ledger: the sequence a command answered";

    private final DepartmentVisibility departments;
    private final LedgerDirectory directory;
    private final LedgerPositions positions;
    private final LedgerHistory history;
    private final ProjectionPositions projections;
    private final ReadYourWrites readYourWrites;
    private final TransactionTemplate snapshot;

    LedgerQueryController(DepartmentVisibility departments, LedgerDirectory directory, LedgerPositions positions, LedgerHistory history,
            ProjectionPositions projections, ReadYourWrites readYourWrites, PlatformTransactionManager transactions) {
        this.departments = departments;
        this.directory = directory;
        this.positions = positions;
        this.history = history;
        this.projections = projections;
        this.readYourWrites = readYourWrites;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Operation(summary = "Every ledger")
    @Rejects({})
    @GetMapping
    LedgerListAnswer ledgers() {
        LedgerUser user = CurrentUser.get();
        return new LedgerListAnswer(directory.all().stream()
                .filter(ledger -> departments.canSee(user, ledger.unitCode(), ledger.fiscalYear()))
                .map(LedgerListAnswer.LedgerStatus::of).toList());
    }

    @Operation(summary = "Every line of a ledger with its figures in yuan")
    @Rejects({LEDGER_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ)
    @GetMapping("/{unit}/{year}/lines")
    LinesAnswer lines(LedgerRef ledger,
            @Parameter(description = "Only entries effective on or before this day", example = "2023-06-30")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "Only entries recorded at or before this instant", example = "2024-01-05T00:00:00Z")
            @RequestParam(required = false) String knownAt,
            @Parameter(description = MIN_SEQUENCE) @RequestParam(required = false) Long minSequence) {
        requireHistoryRightFor(knownAt, ledger);
        readYourWrites.awaitReadModels(ledger.id(), minSequence);
        LedgerPosition position = positions.of(ledger.id(), LedgerPaths.date("asOf", asOf),
                LedgerPaths.instant("knownAt", knownAt));
        return new LinesAnswer(ledger.id(), position.sequence(), position.asOf() == null ? null : position.asOf().toString(),
                position.knownAt() == null ? null : position.knownAt().toString(),
                position.lines().stream().map(LinePosition::figures).map(LineView::of).toList());
    }

    @Operation(summary = "The audit history: entries in order, each with its line's budget and available after it")
    @Rejects({LEDGER_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ_HISTORY)
    @GetMapping("/{unit}/{year}/history")
    HistoryAnswer history(LedgerRef ledger,
            @Parameter(description = "Only entries on lines of this fund") @RequestParam(required = false) String fund,
            @Parameter(description = "Only entries on lines of this function 项") @RequestParam(required = false) String functionCode,
            @Parameter(description = "BASIC or PROJECT") @RequestParam(required = false) String nature,
            @Parameter(description = "Only entries on this project's lines") @RequestParam(required = false) String projectCode,
            @Parameter(description = "Only entries with this document or voucher number") @RequestParam(required = false) String documentNo,
            @Parameter(description = "An event type (ExpenditureRecorded…) or a movement (SPEND…)") @RequestParam(required = false) String type,
            @Parameter(description = "Effective on or after this day") @RequestParam(required = false) String from,
            @Parameter(description = "Effective on or before this day") @RequestParam(required = false) String to,
            @Parameter(description = "The page of the matching entries, from 0 (needs size)", example = "0")
            @RequestParam(required = false) Integer page,
            @Parameter(description = "Entries per page, 1 to " + LedgerHistory.MAX_PAGE_SIZE + "; without it, every matching entry",
                    example = "50")
            @RequestParam(required = false) Integer size,
            @Parameter(description = MIN_SEQUENCE) @RequestParam(required = false) Long minSequence) {
        String ledgerId = ledger.id();
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        directory.require(ledgerId);
        requireOneOf("fund", fund, Fund.class);
        requireOneOf("nature", nature, Nature.class);
        if (size != null && (size < 1 || size > LedgerHistory.MAX_PAGE_SIZE)) {
            throw LedgerRejection.invalid("size", "must be between 1 and " + LedgerHistory.MAX_PAGE_SIZE);
        }
        if (page != null && (page < 0 || (page > 0 && size == null))) {
            throw LedgerRejection.invalid("page", page < 0 ? "must be 0 or more" : "needs a size");
        }
        LedgerHistory.Filter filter = new LedgerHistory.Filter(fund, functionCode, nature, projectCode, documentNo, type,
                LedgerPaths.date("from", from), LedgerPaths.date("to", to));
        // The position and the rows are read in one snapshot, so the sequence says exactly what the entries contain.
        return snapshot.execute(status -> {
            directory.require(ledgerId);
            LedgerHistory.Page entries = history.page(ledgerId, filter, page == null ? 0 : page, size);
            return new HistoryAnswer(ledgerId, projections.ofEntries(ledgerId), entries.total(), entries.entries());
        });
    }

    @Operation(summary = "One ledger's status and entry count")
    @Rejects({LEDGER_NOT_FOUND, PROJECTION_BEHIND})
    @Requires(Action.READ)
    @GetMapping("/{unit}/{year}")
    LedgerListAnswer.LedgerStatus ledger(LedgerRef ledger,
            @Parameter(description = MIN_SEQUENCE) @RequestParam(required = false) Long minSequence) {
        readYourWrites.awaitReadModels(ledger.id(), minSequence);
        return LedgerListAnswer.LedgerStatus.of(directory.require(ledger.id()));
    }

    /** A view as known at a recording time shows what the ledger said then: history, which not every role reads. */
    static void requireHistoryRightFor(String knownAt, LedgerRef ledger) {
        if (knownAt != null && !knownAt.isBlank()) {
            LedgerAccess.require(CurrentUser.get(), ledger, Action.READ_HISTORY);
        }
    }

    private static <E extends Enum<E>> void requireOneOf(String field, String value, Class<E> type) {
        if (value != null && Arrays.stream(type.getEnumConstants()).noneMatch(constant -> constant.name().equals(value))) {
            throw LedgerRejection.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }
}
