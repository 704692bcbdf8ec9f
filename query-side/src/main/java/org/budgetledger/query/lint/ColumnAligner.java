package org.budgetledger.query.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a row's figures back in their columns when the extracted text shifted them. Text taken from a
 * PDF keeps the figures of a row in order but not always their cells: a blank cell may be lost or
 * doubled (table 05 of the Zhuzhou accounts prints 项目支出 figures under 基本支出). The printed
 * positions are kept when they satisfy the row's identities; otherwise every order-preserving
 * placement is tried and the one that satisfies them with the fewest different shifts (then the
 * smallest shifts: least sum of squares, then least total) is taken. When none does, the printed positions stay and the rules report
 * the identity that fails: a wrong figure is never hidden by moving it.
 */
final class ColumnAligner {

    private static final BigDecimal ROUNDING = new BigDecimal("0.01");

    private ColumnAligner() {
    }

    /** A figure of the row and the column position the text gave it. */
    record Placed(int position, BigDecimal value) {
    }

    /** The cells by column, and whether they were moved from where the text put them. */
    record Aligned(Map<String, BigDecimal> cells, boolean moved) {
    }

    static Aligned align(List<String> columns, List<Placed> figures, List<RowIdentity> identities) {
        Map<String, BigDecimal> printed = place(columns, figures, positionsOf(figures));
        if (identities.isEmpty() || holds(printed, identities) || figures.size() > columns.size()) {
            return new Aligned(printed, false);
        }
        int[] best = null;
        int bestShifts = Integer.MAX_VALUE;
        int bestSquares = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] candidate : placements(figures.size(), columns.size())) {
            Map<String, BigDecimal> cells = place(columns, figures, candidate);
            if (!holds(cells, identities)) {
                continue;
            }
            Set<Integer> shifts = new HashSet<>();
            int squares = 0;
            int distance = 0;
            for (int i = 0; i < candidate.length; i++) {
                int shift = candidate[i] - figures.get(i).position();
                shifts.add(shift);
                squares += shift * shift;
                distance += Math.abs(shift);
            }
            boolean better = shifts.size() < bestShifts || (shifts.size() == bestShifts && (squares < bestSquares
                    || (squares == bestSquares && distance < bestDistance)));
            if (better) {
                best = candidate;
                bestShifts = shifts.size();
                bestSquares = squares;
                bestDistance = distance;
            }
        }
        return best == null ? new Aligned(printed, false) : new Aligned(place(columns, figures, best), true);
    }

    private static int[] positionsOf(List<Placed> figures) {
        return figures.stream().mapToInt(Placed::position).toArray();
    }

    private static Map<String, BigDecimal> place(List<String> columns, List<Placed> figures, int[] positions) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            if (positions[i] >= 0 && positions[i] < columns.size()) {
                cells.put(columns.get(positions[i]), figures.get(i).value());
            }
        }
        return cells;
    }

    private static boolean holds(Map<String, BigDecimal> cells, List<RowIdentity> identities) {
        for (RowIdentity identity : identities) {
            BigDecimal expected = identity.expected(column -> RowIdentity.value(cells, column));
            if (expected.subtract(RowIdentity.value(cells, identity.result())).abs().compareTo(ROUNDING) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Every strictly increasing choice of {@code count} positions among {@code width}. */
    private static List<int[]> placements(int count, int width) {
        List<int[]> all = new ArrayList<>();
        collect(new int[count], 0, 0, width, all);
        return all;
    }

    private static void collect(int[] chosen, int index, int from, int width, List<int[]> all) {
        if (index == chosen.length) {
            all.add(chosen.clone());
            return;
        }
        for (int position = from; position <= width - (chosen.length - index); position++) {
            chosen[index] = position;
            collect(chosen, index + 1, position + 1, width, all);
        }
    }
}
