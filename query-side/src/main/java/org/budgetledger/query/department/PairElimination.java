package org.budgetledger.query.department;

import java.util.List;

/**
 * Money that moved from {@code payer} to {@code receiver} as both named each other (or as one of
 * them named the other): the receiver's revenues naming the payer, and the payer's expenditures
 * (less reversals) naming the receiver, in fen.
 *
 * @param revenueTypes the receiver's revenue types in the pair (上级补助收入 HIGHER_LEVEL_SUBSIDY,
 *     附属单位上缴收入 AFFILIATED_REMITTANCE)
 * @param revenueFen null when the receiver is not a member (its books are not in the department)
 * @param expenditureFen null when the payer is not a member
 */
public record PairElimination(String payer, String receiver, List<String> revenueTypes, Long revenueFen,
        Long expenditureFen, Status status) {

    /** What the department did with the pair. */
    public enum Status {
        /** Both members, both sides equal: removed from the revenue and the expenditure of tables 01–03. */
        ELIMINATED,
        /** Both members, but the sides differ (one not recorded yet, or different amounts): kept, to be reconciled. */
        AMOUNTS_DIFFER,
        /** The counterparty is not a member of the department: kept, as money that came from or went outside. */
        COUNTERPARTY_NOT_MEMBER
    }

    /** What the pair took off each side of the department's tables. */
    public long eliminatedFen() {
        return status == Status.ELIMINATED ? revenueFen : 0;
    }
}
