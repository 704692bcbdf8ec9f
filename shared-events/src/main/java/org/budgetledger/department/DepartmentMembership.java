package org.budgetledger.department;

import java.util.ArrayList;
import java.util.List;

/**
 * The membership history of one department and what it gives for a year. Both sides read
 * membership through this one rule, so the registry's refusals and the query side's tables
 * cannot disagree on who was a member: the changes are applied in the order they were made,
 * and a change from year F replaces the members of F and every later year.
 */
public final class DepartmentMembership {

    /** One change of the history, as {@link DepartmentMembershipSet} recorded it. */
    public record Change(int fromYear, List<String> units) {

        public Change {
            units = List.copyOf(units);
        }
    }

    private final List<Change> changes = new ArrayList<>();

    public void add(Change change) {
        changes.add(change);
    }

    /** The changes, oldest first. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /** The members in {@code fiscalYear}: those of the last change made from that year or an earlier one. */
    public List<String> unitsIn(int fiscalYear) {
        List<String> units = List.of();
        for (Change change : changes) {
            if (change.fromYear() <= fiscalYear) {
                units = change.units();
            }
        }
        return units;
    }

    /**
     * The years at which the membership may differ from the year before, from {@code fromYear}
     * on: {@code fromYear} itself and every later start of a change. Checking those years is
     * checking every year from {@code fromYear} on, because the membership is constant between them.
     */
    public List<Integer> yearsWhereMembershipMayChange(int fromYear) {
        List<Integer> years = new ArrayList<>();
        years.add(fromYear);
        changes.stream().map(Change::fromYear).filter(year -> year > fromYear).distinct().sorted().forEach(years::add);
        return years;
    }
}
