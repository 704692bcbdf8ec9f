package org.budgetledger.ui.ledgers;

import java.util.List;
import org.budgetledger.money.Money;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.DepartmentVisibility;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.query.directory.LedgerDirectory;
import org.budgetledger.query.directory.LedgerSummary;
import org.budgetledger.query.position.LedgerPosition;
import org.budgetledger.query.position.LedgerPositions;
import org.budgetledger.query.position.LinePosition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the ledgers the user can see, with their status, entries and execution. */
@Controller
class LedgerListController {

    private final LedgerDirectory directory;
    private final LedgerPositions positions;

    private final DepartmentVisibility departments;

    LedgerListController(LedgerDirectory directory, LedgerPositions positions, DepartmentVisibility departments) {
        this.departments = departments;
        this.directory = directory;
        this.positions = positions;
    }

    /** One row of the list: execution is spent ÷ budget over every line of the ledger. */
    record Row(String unitCode, String unitName, int fiscalYear, String status, long sequence, String executionPct) {
    }

    @GetMapping("/")
    String ledgers(Model model) {
        LedgerUser user = CurrentUser.get();
        List<Row> rows = directory.all().stream()
                .filter(ledger -> departments.canSee(user, ledger.unitCode(), ledger.fiscalYear())).map(this::row).toList();
        model.addAttribute("ledgers", rows);
        return "ledgers/list";
    }

    private Row row(LedgerSummary ledger) {
        LedgerPosition position = positions.of(ledger.ledgerId(), null, null);
        long budget = position.lines().stream().mapToLong(line -> line.figures().budgetFen()).sum();
        long spent = position.lines().stream().map(LinePosition::figures).mapToLong(figures -> figures.spentFen()).sum();
        return new Row(ledger.unitCode(), ledger.unitName(), ledger.fiscalYear(), ledger.status(), ledger.sequence(),
                Money.percent(spent, budget));
    }
}
