package org.budgetledger.department;

/** The names both sides use for the department registry. */
public final class DepartmentRegistryIds {

    /** The identifier of the one aggregate that holds every department. */
    public static final String REGISTRY = "departments";

    /** The {@code fromYear} of a membership set without a year: it applies to every year. */
    public static final int EVERY_YEAR = 0;

    private DepartmentRegistryIds() {
    }
}
