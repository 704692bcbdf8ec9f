package org.budgetledger.query.department;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.budgetledger.events.ExpenditureStatistics;
import org.budgetledger.events.RevenueType;
import org.budgetledger.events.ThreePublicCategory;
import org.budgetledger.line.BudgetLine;
import org.budgetledger.query.position.Evaluation;
import org.budgetledger.query.position.ProcurementTotals;
import org.budgetledger.publication.ControlBudgetCategory;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LinePosition;

/**
 * Adds a department's members into one {@link ConsolidatedPosition}. Pure computation over exact
 * fen: the members' positions and counterparty flows in, the sums and the eliminations out.
 *
 * <p>A pair (payer, receiver) is eliminated when both are members and the receiver's revenues
 * naming the payer equal the payer's expenditures (less reversals) naming the receiver. A pair
 * whose sides differ is kept whole rather than cut to the smaller side: which entries the
 * difference belongs to is the units' to say, and a partial cut would have to choose lines.
 */
final class Consolidation {

    private Consolidation() {
    }

    static ConsolidatedPosition of(Department department, int fiscalYear, List<LedgerPosition> members,
            Map<String, List<CounterpartyFlow>> flowsByUnit, LocalDate asOf, Instant knownAt) {
        Set<String> memberCodes = new HashSet<>();
        members.forEach(member -> memberCodes.add(member.unitCode()));
        Set<String> sharedProjects = projectsOfMoreThanOneMember(members);

        List<LinePosition> lines = new ArrayList<>();
        Map<ThreePublicCategory, Long> budgets = new EnumMap<>(ThreePublicCategory.class);
        int batches = 0;
        int guests = 0;
        int vehicles = 0;
        Map<ControlBudgetCategory, Long> controlBudgets = new EnumMap<>(ControlBudgetCategory.class);
        ProcurementTotals procurement = ProcurementTotals.NONE;
        long sequence = 0;
        boolean closed = !members.isEmpty();
        for (LedgerPosition member : members) {
            member.lines().forEach(line -> lines.add(relabel(line, member.unitCode(), sharedProjects)));
            member.threePublicBudgetFen().forEach((category, fen) -> budgets.merge(category, fen, Long::sum));
            member.controlBudgetFen().forEach((category, fen) -> controlBudgets.merge(category, fen, Long::sum));
            procurement = procurement.plus(member.procurement());
            ExpenditureStatistics statistics = member.threePublicStatistics();
            batches += statistics.receptionBatches();
            guests += statistics.receptionGuests();
            vehicles += statistics.vehiclesPurchased();
            sequence += member.sequence();
            closed &= member.closed();
        }

        Map<String, PairBuilder> pairs = new TreeMap<>();
        flowsByUnit.forEach((unit, flows) -> {
            for (CounterpartyFlow flow : flows) {
                CounterpartyFlow relabelled = flow.withLine(relabel(flow.line(), unit, sharedProjects));
                if (flow.isRevenue()) {
                    pairs.computeIfAbsent(flow.counterpartyUnit() + "→" + unit,
                            key -> new PairBuilder(flow.counterpartyUnit(), unit)).revenues.add(relabelled);
                } else {
                    pairs.computeIfAbsent(unit + "→" + flow.counterpartyUnit(),
                            key -> new PairBuilder(unit, flow.counterpartyUnit())).expenditures.add(relabelled);
                }
            }
        });
        List<PairElimination> eliminations = new ArrayList<>();
        List<LinePosition> corrections = new ArrayList<>();
        for (PairBuilder pair : pairs.values()) {
            PairElimination elimination = pair.decide(memberCodes);
            if (elimination == null) {
                continue;
            }
            eliminations.add(elimination);
            if (elimination.status() == PairElimination.Status.ELIMINATED) {
                pair.revenues.forEach(flow -> corrections.add(revenueTakenOff(flow)));
                pair.expenditures.forEach(flow -> corrections.add(spendingTakenOff(flow)));
            }
        }

        String ledgerId = department.code() + "/" + fiscalYear;
        // Statements are a unit's own facts (its vehicles, its published previous year): a department adds none up.
        ExpenditureStatistics statistics = new ExpenditureStatistics(batches, guests, vehicles);
        LedgerPosition fiscal = new LedgerPosition(ledgerId, department.code(), department.name(), fiscalYear, sequence,
                asOf, knownAt, closed, List.copyOf(lines), Map.copyOf(budgets), statistics, Evaluation.NONE,
                Map.copyOf(controlBudgets), procurement, Map.of());
        List<LinePosition> withCorrections = new ArrayList<>(lines);
        withCorrections.addAll(corrections);
        LedgerPosition allFunds = new LedgerPosition(ledgerId, department.code(), department.name(), fiscalYear, sequence,
                asOf, knownAt, closed, List.copyOf(withCorrections), Map.copyOf(budgets), statistics, Evaluation.NONE,
                Map.copyOf(controlBudgets), procurement, Map.of());
        return new ConsolidatedPosition(department.code(), department.name(), fiscalYear, List.copyOf(members), allFunds,
                fiscal, List.copyOf(eliminations));
    }

    /** Project codes two members both use: shown as {@code UNIT/CODE} so that their projects stay apart. */
    private static Set<String> projectsOfMoreThanOneMember(List<LedgerPosition> members) {
        Map<String, Set<String>> unitsByProject = new HashMap<>();
        for (LedgerPosition member : members) {
            for (LinePosition line : member.lines()) {
                if (line.line().projectCode() != null) {
                    unitsByProject.computeIfAbsent(line.line().projectCode(), code -> new HashSet<>()).add(member.unitCode());
                }
            }
        }
        Set<String> shared = new HashSet<>();
        unitsByProject.forEach((code, units) -> {
            if (units.size() > 1) {
                shared.add(code);
            }
        });
        return shared;
    }

    private static BudgetLine relabel(BudgetLine line, String unit, Set<String> sharedProjects) {
        if (line.projectCode() == null || !sharedProjects.contains(line.projectCode())) {
            return line;
        }
        return new BudgetLine(line.fund(), line.functionCode(), line.nature(), unit + "/" + line.projectCode(), line.projectName());
    }

    private static LinePosition relabel(LinePosition line, String unit, Set<String> sharedProjects) {
        BudgetLine relabelled = relabel(line.line(), unit, sharedProjects);
        if (relabelled == line.line()) {
            return line;
        }
        return new LinePosition(relabelled, line.carriedInBasicFen(), line.carriedInProjectCarryOverFen(),
                line.carriedInProjectSurplusFen(), line.initialFen(), line.increasesFen(), line.decreasesFen(),
                line.revenueFen(), line.spentFen(), line.spentByEconomicCodeFen(), line.recoveredFen(), line.carriedOutFen(),
                line.surplusFen(), line.transfersInFen(), line.transfersOutFen(), line.reservedFen());
    }

    /** The receiver's revenue of the pair, negated on its own line and type. */
    private static LinePosition revenueTakenOff(CounterpartyFlow flow) {
        Map<RevenueType, Long> revenue = new EnumMap<>(RevenueType.class);
        revenue.put(RevenueType.valueOf(flow.revenueType()), -flow.signedFen());
        return new LinePosition(flow.line(), 0, 0, 0, 0, 0, 0, Map.copyOf(revenue), 0, Map.of(), 0, 0, 0, 0, 0, 0);
    }

    /** The payer's expenditure (or reversal) of the pair, negated on its own line and economic code. */
    private static LinePosition spendingTakenOff(CounterpartyFlow flow) {
        long off = -flow.signedFen();
        return new LinePosition(flow.line(), 0, 0, 0, 0, 0, 0, Map.of(), off, Map.of(flow.economicCode(), off), 0, 0, 0, 0, 0, 0);
    }

    /** The flows of one (payer, receiver) pair, from both ledgers. */
    private static final class PairBuilder {
        final String payer;
        final String receiver;
        final List<CounterpartyFlow> revenues = new ArrayList<>();
        final List<CounterpartyFlow> expenditures = new ArrayList<>();

        PairBuilder(String payer, String receiver) {
            this.payer = payer;
            this.receiver = receiver;
        }

        /** The pair's outcome; null for a pair whose every side adds up to nothing (a transfer wholly reversed). */
        PairElimination decide(Set<String> members) {
            long revenue = revenues.stream().mapToLong(CounterpartyFlow::signedFen).sum();
            long expenditure = expenditures.stream().mapToLong(CounterpartyFlow::signedFen).sum();
            Set<String> types = new TreeSet<>();
            revenues.forEach(flow -> types.add(flow.revenueType()));
            boolean payerIn = members.contains(payer);
            boolean receiverIn = members.contains(receiver);
            if (!payerIn || !receiverIn) {
                long kept = payerIn ? expenditure : revenue;
                return kept == 0 ? null : new PairElimination(payer, receiver, List.copyOf(types), receiverIn ? revenue : null,
                        payerIn ? expenditure : null, PairElimination.Status.COUNTERPARTY_NOT_MEMBER);
            }
            if (revenue == 0 && expenditure == 0) {
                return null;
            }
            PairElimination.Status status = revenue == expenditure ? PairElimination.Status.ELIMINATED
                    : PairElimination.Status.AMOUNTS_DIFFER;
            return new PairElimination(payer, receiver, List.copyOf(types), revenue, expenditure, status);
        }
    }
}
