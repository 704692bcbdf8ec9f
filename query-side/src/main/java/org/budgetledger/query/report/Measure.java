package org.budgetledger.query.report;

import java.util.List;
import java.util.function.ToLongFunction;
import org.budgetledger.query.position.LinePosition;

/** A column of a table and the figure each line contributes to it. */
record Measure(ReportColumn column, ToLongFunction<LinePosition> value) {

    static List<ReportColumn> columns(List<Measure> measures) {
        return measures.stream().map(Measure::column).toList();
    }

    static long[] of(List<Measure> measures, LinePosition line) {
        long[] values = new long[measures.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = measures.get(i).value().applyAsLong(line);
        }
        return values;
    }

    static void addTo(long[] sums, long[] values) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += values[i];
        }
    }

    /** Whether every figure is zero: such rows are left out of the tables that list only what happened. */
    static boolean allZero(long[] values) {
        for (long value : values) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }
}
