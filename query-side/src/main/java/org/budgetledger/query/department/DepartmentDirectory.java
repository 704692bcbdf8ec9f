package org.budgetledger.query.department;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.department.DepartmentMembership;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads departments from {@code department_change}, as they are or as they were known at a
 * recording instant ({@code knownAt}): a change recorded later is left out, so a department's
 * tables as known at a time have the members they had then.
 */
@Component
public class DepartmentDirectory {

    private final JdbcTemplate jdbc;

    public DepartmentDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Department> find(String code, Instant knownAt) {
        return Optional.ofNullable(read(" WHERE department_code = ?", knownAt, code).get(code));
    }

    /** Every department, in the order they were registered. */
    public List<Department> all() {
        return new ArrayList<>(read("", null).values());
    }

    /** The codes of the departments that have the unit as a member in that year (at most one, by the registry's rule). */
    public List<String> holding(String unitCode, int fiscalYear) {
        return all().stream().filter(department -> department.unitsIn(fiscalYear).contains(unitCode))
                .map(Department::code).toList();
    }

    private Map<String, Department> read(String where, Instant knownAt, Object... arguments) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(arguments));
        String cut = "";
        if (knownAt != null) {
            cut = (where.isEmpty() ? " WHERE" : " AND") + " recorded_at <= ?";
            parameters.add(Timestamp.from(knownAt));
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, DepartmentMembership> memberships = new LinkedHashMap<>();
        jdbc.query("SELECT department_code, department_name, from_year, units FROM department_change" + where + cut
                + " ORDER BY change_number", rs -> {
            String code = rs.getString("department_code");
            names.put(code, rs.getString("department_name"));
            String units = rs.getString("units");
            memberships.computeIfAbsent(code, c -> new DepartmentMembership()).add(new DepartmentMembership.Change(
                    rs.getInt("from_year"), units.isEmpty() ? List.of() : List.of(units.split(","))));
        }, parameters.toArray());
        Map<String, Department> departments = new LinkedHashMap<>();
        names.forEach((code, name) -> departments.put(code, new Department(code, name, memberships.get(code))));
        return departments;
    }
}
