package org.budgetledger.command.department;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.budgetledger.department.DepartmentMembership;
import org.budgetledger.department.DepartmentMembershipSet;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;

/**
 * Every department (主管部门) and the history of its members, in one aggregate. One, because
 * the rule that matters spans departments: a unit belongs to at most one department per year,
 * and only one consistency boundary holding all of them can refuse the second department
 * without a race. Departments are few and change a few times a year, so the whole registry is
 * cheap to load for each change.
 */
@Aggregate
public class DepartmentRegistry {

    @AggregateIdentifier
    private String registryId;
    private long eventCount;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, DepartmentMembership> memberships = new HashMap<>();

    protected DepartmentRegistry() {
        // for Axon
    }

    /** The registry's first department. */
    DepartmentRegistry(DefineDepartment command) {
        apply(event(command));
    }

    /** The outcome of the command that created the registry. */
    DepartmentOutcome created(DefineDepartment command) {
        return outcome(command, true);
    }

    /**
     * Sets the department's name and members from the command's year on; asking for what is
     * already so records nothing. Refused when a unit is, in some year from then on, a member of
     * another department.
     */
    DepartmentOutcome define(DefineDepartment command) {
        DepartmentMembership own = memberships.get(command.departmentCode());
        boolean sameName = command.name().equals(names.get(command.departmentCode()));
        boolean sameUnits = own != null && !own.changes().isEmpty()
                && own.changes().get(own.changes().size() - 1).equals(new DepartmentMembership.Change(command.fromYear(), command.units()));
        if (sameName && sameUnits) {
            return outcome(command, false);
        }
        requireNoOtherDepartment(command);
        apply(event(command));
        return outcome(command, true);
    }

    private void requireNoOtherDepartment(DefineDepartment command) {
        for (Map.Entry<String, DepartmentMembership> other : memberships.entrySet()) {
            if (other.getKey().equals(command.departmentCode())) {
                continue;
            }
            for (int year : other.getValue().yearsWhereMembershipMayChange(command.fromYear())) {
                List<String> theirs = other.getValue().unitsIn(year);
                for (String unit : command.units()) {
                    if (theirs.contains(unit)) {
                        throw new LedgerRejection(ErrorCode.UNIT_IN_OTHER_DEPARTMENT, "The unit " + unit
                                + " belongs to department " + other.getKey() + " in " + yearName(year) + "; remove it "
                                + "there from that year first");
                    }
                }
            }
        }
    }

    private static String yearName(int year) {
        return year == 0 ? "every year" : String.valueOf(year);
    }

    private DepartmentMembershipSet event(DefineDepartment command) {
        return new DepartmentMembershipSet(command.registryId(), command.departmentCode(), command.name(),
                command.fromYear(), command.units(), command.recordedBy(), Instant.now());
    }

    private DepartmentOutcome outcome(DefineDepartment command, boolean changed) {
        return new DepartmentOutcome(command.departmentCode(), command.name(), command.fromYear(), command.units(),
                eventCount, changed);
    }

    @EventSourcingHandler
    void on(DepartmentMembershipSet event) {
        registryId = event.registryId();
        eventCount++;
        names.put(event.departmentCode(), event.name());
        memberships.computeIfAbsent(event.departmentCode(), code -> new DepartmentMembership())
                .add(new DepartmentMembership.Change(event.fromYear(), event.units()));
    }
}
