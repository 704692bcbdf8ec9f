package org.budgetledger.query.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.query.position.Evaluation;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;
import org.budgetledger.query.position.ProcurementTotals;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.publication.StatementKind;

/** Hand-built positions in 万元, the way a test states a unit's year. */
final class ScenarioPositions {

    private final List<LinePosition> lines = new ArrayList<>();
    private final Map<ThreePublicCategory, Long> threePublicBudgets = new LinkedHashMap<>();
    private ExpenditureStatistics statistics = ExpenditureStatistics.NONE;
    private final Map<ControlBudgetCategory, Long> controlBudgets = new LinkedHashMap<>();
    private ProcurementTotals procurement = ProcurementTotals.NONE;
    private final Map<StatementKind, Map<String, String>> statements = new LinkedHashMap<>();

    static long fen(String wanYuan) {
        return new java.math.BigDecimal(wanYuan).movePointRight(6).longValueExact();
    }

    /** A line with its initial budget, increases and its spending by economic code (万元). */
    ScenarioPositions line(BudgetLine line, String initial, String increases, String... spentByCode) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        long spent = 0;
        for (int i = 0; i < spentByCode.length; i += 2) {
            byCode.merge(spentByCode[i], fen(spentByCode[i + 1]), Long::sum);
            spent += fen(spentByCode[i + 1]);
        }
        lines.add(new LinePosition(line, 0, 0, 0, fen(initial), fen(increases), 0, Map.of(), spent, byCode, 0, 0, 0, 0, 0, 0));
        return this;
    }

    ScenarioPositions threePublicBudget(ThreePublicCategory category, String wanYuan) {
        threePublicBudgets.put(category, fen(wanYuan));
        return this;
    }

    ScenarioPositions statistics(int batches, int guests, int vehicles) {
        statistics = new ExpenditureStatistics(batches, guests, vehicles);
        return this;
    }

    ScenarioPositions controlBudget(ControlBudgetCategory category, String wanYuan) {
        controlBudgets.put(category, fen(wanYuan));
        return this;
    }

    /** Procured amounts in 万元: goods, works, services, to SMEs, of those to small and micro ones. */
    ScenarioPositions procurement(String goods, String works, String services, String sme, String smallMicro) {
        procurement = new ProcurementTotals(Map.of(ProcurementMethod.GOODS, fen(goods), ProcurementMethod.WORKS, fen(works),
                ProcurementMethod.SERVICES, fen(services)), fen(sme), fen(smallMicro));
        return this;
    }

    ScenarioPositions statement(StatementKind kind, Map<String, String> figures) {
        statements.put(kind, Map.copyOf(figures));
        return this;
    }

    LedgerPosition position() {
        return new LedgerPosition("TEST/2024", "TEST", "测试单位", 2024, 10, null, null, false, List.copyOf(lines),
                Map.copyOf(threePublicBudgets), statistics, Evaluation.NONE, Map.copyOf(controlBudgets), procurement,
                Map.copyOf(statements));
    }
}
