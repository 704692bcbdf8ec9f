package org.budgetledger.query.position;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.budgetledger.publication.Procurement;
import org.budgetledger.publication.ProcurementMethod;
import org.budgetledger.publication.SupplierSize;

/**
 * What a ledger spent under government procurement (政府采购支出), in fen: by method, and the parts
 * awarded to small and medium enterprises (中小企业: small, micro and medium) and, of those, to small
 * and micro ones. Summed over every expenditure and approved payment request of the ledger, of
 * every fund, less the reversals of them.
 *
 * @param byMethodFen every method, 0 where nothing was procured by it
 * @param smeFen awarded to SMALL_MICRO and MEDIUM suppliers
 * @param smallMicroFen awarded to SMALL_MICRO suppliers
 */
public record ProcurementTotals(Map<ProcurementMethod, Long> byMethodFen, long smeFen, long smallMicroFen) {

    /** Nothing procured. */
    public static final ProcurementTotals NONE = new ProcurementTotals(Map.of(), 0, 0);

    public ProcurementTotals {
        Map<ProcurementMethod, Long> every = new EnumMap<>(ProcurementMethod.class);
        for (ProcurementMethod method : ProcurementMethod.values()) {
            every.put(method, byMethodFen == null ? 0L : byMethodFen.getOrDefault(method, 0L));
        }
        byMethodFen = Collections.unmodifiableMap(every);
    }

    /** 政府采购支出总额: the sum of the methods. */
    public long totalFen() {
        return byMethodFen.values().stream().mapToLong(Long::longValue).sum();
    }

    /** These totals and {@code other}'s together (a department's, from its members'). */
    public ProcurementTotals plus(ProcurementTotals other) {
        Map<ProcurementMethod, Long> methods = new EnumMap<>(byMethodFen);
        other.byMethodFen.forEach((method, fen) -> methods.merge(method, fen, Long::sum));
        return new ProcurementTotals(methods, smeFen + other.smeFen, smallMicroFen + other.smallMicroFen);
    }

    /** Adds amounts one procured movement at a time (negative for a reversal). */
    static final class Builder {
        private final Map<ProcurementMethod, Long> byMethod = new EnumMap<>(ProcurementMethod.class);
        private long sme;
        private long smallMicro;

        void add(Procurement procurement, long signedFen) {
            byMethod.merge(procurement.method(), signedFen, Long::sum);
            if (procurement.supplierSize().isSme()) {
                sme += signedFen;
            }
            if (procurement.supplierSize() == SupplierSize.SMALL_MICRO) {
                smallMicro += signedFen;
            }
        }

        ProcurementTotals build() {
            return new ProcurementTotals(byMethod, sme, smallMicro);
        }
    }
}
