package org.budgetledger.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Both sides in one process: the zero-setup way to run the ledger. With no database
 * configured it starts an embedded PostgreSQL; with {@code --demo} it also loads the demo year.
 */
@SpringBootApplication(scanBasePackages = "org.budgetledger")
public class BudgetLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(BudgetLedgerApplication.class, args);
    }
}
