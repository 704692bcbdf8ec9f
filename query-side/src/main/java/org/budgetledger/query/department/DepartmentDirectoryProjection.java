package org.budgetledger.query.department;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.budgetledger.department.DepartmentMembershipSet;
import org.budgetledger.query.directory.LedgerDirectoryProjection;
import org.budgetledger.query.entries.ProjectionPositions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the department registry's history in {@code department_change}. It belongs to the
 * directory's processing group: like the ledger directory it says who exists, it is replayed
 * with it, and it needs no processor, segments or settings of its own. Its position is kept
 * under the registry's identifier, so a reader can wait for a change the command side answered.
 */
@Component
@ProcessingGroup(LedgerDirectoryProjection.NAME)
public class DepartmentDirectoryProjection {

    private final JdbcTemplate jdbc;
    private final ProjectionPositions positions;

    public DepartmentDirectoryProjection(JdbcTemplate jdbc, ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(DepartmentMembershipSet event, @SequenceNumber long index) {
        jdbc.update("""
                INSERT INTO department_change (change_number, department_code, department_name, from_year, units,
                    recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, index + 1, event.departmentCode(), event.name(), event.fromYear(), String.join(",", event.units()),
                event.recordedBy(), Timestamp.from(event.recordedAt()));
        positions.advance(LedgerDirectoryProjection.NAME, event.registryId(), index + 1);
    }

    /** The directory's own reset forgets the group's positions; this one empties the departments. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM department_change");
    }
}
