package org.budgetledger.standalone;

import org.budgetledger.embedded.DataDirectoryUnusable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Both sides in one process: the zero-setup way to run the ledger. With no database
 * configured it starts an embedded PostgreSQL; with {@code --demo} it also loads the demo year.
 */
@SpringBootApplication(scanBasePackages = "org.budgetledger")
public class BudgetLedgerApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(BudgetLedgerApplication.class, args);
        } catch (RuntimeException failure) {
            // A data directory that cannot be written (read-only, full disk): one line and its own exit status.
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof DataDirectoryUnusable unusable) {
                    System.err.println(unusable.getMessage());
                    System.exit(DataDirectoryUnusable.EXIT_STATUS);
                }
            }
            throw failure;
        }
    }
}
