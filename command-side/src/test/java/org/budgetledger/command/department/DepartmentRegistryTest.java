package org.budgetledger.command.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.budgetledger.department.DepartmentMembership;
import org.budgetledger.department.DepartmentMembershipSet;
import org.budgetledger.department.DepartmentRegistryIds;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.junit.jupiter.api.Test;

/**
 * The registry's rule, a unit in at most one department per year, and the membership it keeps per
 * year. Refusals are checked on the registry as its events leave it; what it records is tested
 * end to end (DepartmentRefusalsTest).
 */
class DepartmentRegistryTest {

    private static DefineDepartment define(String code, int fromYear, String... units) {
        return new DefineDepartment(DepartmentRegistryIds.REGISTRY, code, "部门" + code, fromYear, List.of(units), "admin");
    }

    private static DepartmentMembershipSet set(String code, int fromYear, String... units) {
        return new DepartmentMembershipSet(DepartmentRegistryIds.REGISTRY, code, "部门" + code, fromYear, List.of(units), "admin",
                Instant.EPOCH);
    }

    @Test
    void aUnitOfAnotherDepartmentInALaterYearIsRefused() {
        DepartmentRegistry registry = replay(set("D1", 2023, "U1", "U2"));
        assertThatThrownBy(() -> registry.define(define("D2", 2025, "U2")))
                .isInstanceOfSatisfying(LedgerRejection.class, rejection -> {
                    assertThat(rejection.code()).isEqualTo(ErrorCode.UNIT_IN_OTHER_DEPARTMENT);
                    assertThat(rejection.getMessage()).contains("U2").contains("D1").contains("2025");
                });
    }

    @Test
    void aUnitLetGoFromAYearIsStillRefusedForTheYearsItIsAMember() {
        DepartmentRegistry registry = replay(set("D1", 2023, "U1", "U2"), set("D1", 2025, "U1"));
        // 2024 is still D1's; from 2025 on U2 is free, but a change from 2024 covers 2024 too.
        assertThatThrownBy(() -> registry.define(define("D2", 2024, "U2")))
                .isInstanceOfSatisfying(LedgerRejection.class, rejection -> assertThat(rejection.getMessage()).contains("2024"));
    }

    @Test
    void theMembersOfAYearAreThoseOfTheLastChangeFromThatYearOrBefore() {
        DepartmentMembership membership = new DepartmentMembership();
        membership.add(new DepartmentMembership.Change(2023, List.of("U1", "U2")));
        membership.add(new DepartmentMembership.Change(2025, List.of("U1")));
        assertThat(membership.unitsIn(2022)).isEmpty();
        assertThat(membership.unitsIn(2024)).containsExactly("U1", "U2");
        assertThat(membership.unitsIn(2030)).containsExactly("U1");
        // A later change from an earlier year replaces every year from then on.
        membership.add(new DepartmentMembership.Change(2023, List.of("U3")));
        assertThat(membership.unitsIn(2026)).containsExactly("U3");
        assertThat(membership.yearsWhereMembershipMayChange(2024)).containsExactly(2024, 2025);
    }

    /** The registry as its events leave it, through its own event sourcing handler. */
    private static DepartmentRegistry replay(DepartmentMembershipSet... events) {
        DepartmentRegistry registry = new DepartmentRegistry();
        for (DepartmentMembershipSet event : events) {
            registry.on(event);
        }
        return registry;
    }
}
