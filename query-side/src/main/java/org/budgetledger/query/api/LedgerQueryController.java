package org.budgetledger.query.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.line.Fund;
import org.budgetledger.line.LineFigures;
import org.budgetledger.line.Nature;
import org.budgetledger.platform.http.LedgerPaths;
import org.budgetledger.rejection.LedgerRejection;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.entries.LedgerEntryProjection;
import org.budgetledger.query.entries.LedgerHistory;
import org.budgetledger.query.entries.ProjectionPositions;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.position.LinePosition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger list, the lines of a ledger and its history. */
@RestController
@RequestMapping(path = "/api/v1/ledgers", produces = "application/json")
class LedgerQueryController {

    private final LedgerDirectory directory;
    private final LedgerPositions positions;
    private final LedgerHistory history;
    private final ProjectionPositions projections;
    private final ReadYourWrites readYourWrites;
    private final TransactionTemplate snapshot;

    LedgerQueryController(LedgerDirectory directory, LedgerPositions positions, LedgerHistory history,
            ProjectionPositions projections, ReadYourWrites readYourWrites, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.positions = positions;
        this.history = history;
        this.projections = projections;
        this.readYourWrites = readYourWrites;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @GetMapping
    Map<String, Object> ledgers() {
        List<Map<String, Object>> ledgers = directory.all().stream().map(LedgerSummary::toJson).toList();
        return Map.of("ledgers", ledgers);
    }

    @GetMapping("/{unit}/{year}/lines")
    Map<String, Object> lines(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
            @RequestParam(required = false) Long minSequence) {
        String ledgerId = LedgerPaths.ledgerId(unit, year);
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        LedgerPosition position = positions.of(ledgerId, LedgerPaths.date("asOf", asOf),
                LedgerPaths.instant("knownAt", knownAt));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ledger", ledgerId);
        answer.put("sequence", position.sequence());
        answer.put("asOf", position.asOf() == null ? null : position.asOf().toString());
        answer.put("knownAt", position.knownAt() == null ? null : position.knownAt().toString());
        answer.put("lines", position.lines().stream().map(LinePosition::figures).map(LineFigures::toJson).toList());
        return answer;
    }

    @GetMapping("/{unit}/{year}/history")
    Map<String, Object> history(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) String fund, @RequestParam(required = false) String functionCode,
            @RequestParam(required = false) String nature, @RequestParam(required = false) String projectCode,
            @RequestParam(required = false) String documentNo, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long minSequence) {
        String ledgerId = LedgerPaths.ledgerId(unit, year);
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        directory.require(ledgerId);
        requireOneOf("fund", fund, Fund.class);
        requireOneOf("nature", nature, Nature.class);
        LedgerHistory.Filter filter = new LedgerHistory.Filter(fund, functionCode, nature, projectCode, documentNo, type,
                LedgerPaths.date("from", from), LedgerPaths.date("to", to));
        // The position and the rows are read in one snapshot, so the sequence says exactly what the entries contain.
        return snapshot.execute(status -> {
            directory.require(ledgerId);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ledger", ledgerId);
            answer.put("sequence", projections.of(LedgerEntryProjection.NAME, ledgerId));
            answer.put("entries", history.entries(ledgerId, filter));
            return answer;
        });
    }

    @GetMapping("/{unit}/{year}")
    Map<String, Object> ledger(@PathVariable String unit, @PathVariable String year,
            @RequestParam(required = false) Long minSequence) {
        String ledgerId = LedgerPaths.ledgerId(unit, year);
        readYourWrites.awaitReadModels(ledgerId, minSequence);
        return directory.require(ledgerId).toJson();
    }

    private static <E extends Enum<E>> void requireOneOf(String field, String value, Class<E> type) {
        if (value != null && Arrays.stream(type.getEnumConstants()).noneMatch(constant -> constant.name().equals(value))) {
            throw LedgerRejection.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }
}
