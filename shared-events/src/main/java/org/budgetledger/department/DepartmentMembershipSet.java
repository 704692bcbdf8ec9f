package org.budgetledger.department;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A department (主管部门) was named and given its member units, from {@code fromYear} on: for
 * that year and every later one, until a later change from some year replaces them. The first
 * such event of a code registers the department; the events of a code, in order, are the history
 * of its membership.
 *
 * @param registryId the aggregate that keeps every department ({@link DepartmentRegistryIds#REGISTRY}),
 *     so that "a unit belongs to at most one department per year" is checked in one place
 * @param fromYear the first fiscal year the membership applies to; {@link DepartmentRegistryIds#EVERY_YEAR}
 *     when it was set without a year and so applies to every year
 * @param units the member unit codes, in the order given
 */
@Revision("1")
public record DepartmentMembershipSet(
    String registryId,
    String departmentCode,
    String name,
    int fromYear,
    List<String> units,
    String recordedBy,
    Instant recordedAt) {
}
