package org.budgetledger.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;
import org.budgetledger.query.position.ProcurementTotals;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.StatementKind;

/** Builds a {@link LedgerPosition} around a set of lines. */
final class Ledgers {

    private String unitCode = "TEST";
    private String unitName = "测试市公安局交通警察支队";
    private int fiscalYear = 2024;
    private long sequence = 42;
    private LocalDate asOf;
    private Instant knownAt;
    private boolean closed;
    private final Map<ThreePublicCategory, Long> threePublicBudgets = new EnumMap<>(ThreePublicCategory.class);
    private ExpenditureStatistics statistics = ExpenditureStatistics.NONE;
    private final Map<ControlBudgetCategory, Long> controlBudgets = new EnumMap<>(ControlBudgetCategory.class);
    private ProcurementTotals procurement = ProcurementTotals.NONE;
    private final Map<StatementKind, Map<String, String>> statements = new EnumMap<>(StatementKind.class);

    static Ledgers ledger() {
        return new Ledgers();
    }

    Ledgers unit(String code, String name, int year) {
        unitCode = code;
        unitName = name;
        fiscalYear = year;
        return this;
    }

    Ledgers asOf(LocalDate date) {
        asOf = date;
        return this;
    }

    Ledgers knownAt(Instant instant) {
        knownAt = instant;
        return this;
    }

    Ledgers closed() {
        closed = true;
        return this;
    }

    Ledgers threePublicBudget(ThreePublicCategory category, String yuan) {
        threePublicBudgets.put(category, Lines.fen(yuan));
        return this;
    }

    Ledgers controlBudget(ControlBudgetCategory category, String yuan) {
        controlBudgets.put(category, Lines.fen(yuan));
        return this;
    }

    Ledgers procurement(ProcurementTotals totals) {
        procurement = totals;
        return this;
    }

    Ledgers statement(StatementKind kind, Map<String, String> figures) {
        statements.put(kind, Map.copyOf(figures));
        return this;
    }

    Ledgers statistics(int receptionBatches, int receptionGuests, int vehiclesPurchased) {
        statistics = new ExpenditureStatistics(receptionBatches, receptionGuests, vehiclesPurchased);
        return this;
    }

    private org.budgetledger.query.position.Evaluation evaluation = org.budgetledger.query.position.Evaluation.NONE;

    /** The self-evaluation the position carries (none by default). */
    Ledgers evaluation(org.budgetledger.query.position.Evaluation value) {
        evaluation = value;
        return this;
    }

    LedgerPosition with(Lines... lines) {
        return with(Stream.of(lines).map(Lines::build).toList());
    }

    LedgerPosition with(List<LinePosition> lines) {
        return new LedgerPosition(unitCode + "/" + fiscalYear, unitCode, unitName, fiscalYear, sequence, asOf, knownAt,
                closed, lines, Map.copyOf(threePublicBudgets), statistics, evaluation, Map.copyOf(controlBudgets), procurement,
                Map.copyOf(statements));
    }
}
