package org.budgetledger.query.department;

import java.util.List;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.report.ReportId;

/**
 * A department's figures for a year: its members' positions, their sum, and the eliminations.
 *
 * <p>Two sums, because eliminations belong to the tables of all funds only. {@code allFunds}
 * is the members' lines plus one correcting line per eliminated flow (the receiver's revenue
 * and the payer's expenditure, negated, on their own lines): tables 01–03 built from it count
 * each inter-member transfer once, and their balances are unchanged, since both sides come off
 * alike. {@code fiscal} is the plain sum: a member's fiscal appropriation comes from the finance
 * bureau, never from another member, so tables 04–09 and the execution tables add up what each
 * member received and spent, and the fiscal identities (04 = 05, 05 = 06, 09) hold on the sum.
 */
public record ConsolidatedPosition(String departmentCode, String departmentName, int fiscalYear,
        List<LedgerPosition> members, LedgerPosition allFunds, LedgerPosition fiscal,
        List<PairElimination> eliminations) {

    /** The tables whose figures have the eliminations applied. */
    public static boolean eliminates(ReportId id) {
        return id == ReportId.INCOME_EXPENDITURE_SUMMARY || id == ReportId.INCOME || id == ReportId.EXPENDITURE;
    }

    /** The position a department's table is built from. */
    public LedgerPosition positionFor(ReportId id) {
        return eliminates(id) ? allFunds : fiscal;
    }

    /** The sum of the members' entry counts: it grows with every entry of any member. */
    public long sequence() {
        return fiscal.sequence();
    }
}
