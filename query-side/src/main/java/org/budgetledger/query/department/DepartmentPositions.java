package org.budgetledger.query.department;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.events.LedgerIds;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's {@link ConsolidatedPosition} for a year, with the same cuts as a ledger's
 * position: {@code asOf} an effective date, {@code knownAt} a recording instant (which also cuts
 * the membership: a change recorded later does not count).
 */
@Component
public class DepartmentPositions {

    private final DepartmentDirectory directory;
    private final LedgerPositions positions;
    private final CounterpartyRows counterparties;

    public DepartmentPositions(DepartmentDirectory directory, LedgerPositions positions, CounterpartyRows counterparties) {
        this.directory = directory;
        this.positions = positions;
        this.counterparties = counterparties;
    }

    /**
     * One snapshot of the read side for every member (the members' positions join this
     * repeatable-read transaction), so that a pair is never seen with one side committed and the
     * other not yet. Every member must have its ledger of the year.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ConsolidatedPosition of(String code, int fiscalYear, LocalDate asOf, Instant knownAt) {
        Department department = require(code, knownAt);
        List<LedgerPosition> members = new ArrayList<>();
        Map<String, List<CounterpartyFlow>> flows = new LinkedHashMap<>();
        for (String unit : department.unitsIn(fiscalYear)) {
            String ledgerId = LedgerIds.of(unit, fiscalYear);
            try {
                members.add(positions.of(ledgerId, asOf, knownAt));
            } catch (LedgerRejection missing) {
                throw new LedgerRejection(ErrorCode.LEDGER_NOT_FOUND, "The department " + code + " has the unit " + unit
                        + " as a member in " + fiscalYear + ", but no ledger " + ledgerId + " exists");
            }
            flows.put(unit, counterparties.of(ledgerId, asOf, knownAt));
        }
        return Consolidation.of(department, fiscalYear, members, flows, asOf, knownAt);
    }

    public Department require(String code, Instant knownAt) {
        return directory.find(code, knownAt).orElseThrow(() -> notFound(code));
    }

    static LedgerRejection notFound(String code) {
        return new LedgerRejection(ErrorCode.DEPARTMENT_NOT_FOUND, "No department " + code);
    }
}
