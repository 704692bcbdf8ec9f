package org.budgetledger.standalone;

import java.util.Arrays;
import org.budgetledger.embedded.DataDirectoryUnusable;
import org.budgetledger.standalone.cli.LintCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Both sides in one process: the zero-setup way to run the ledger. With no database
 * configured it starts an embedded PostgreSQL; with {@code --demo} it also loads the demo year.
 * {@code lint FILE.txt [--ledger U/Y]} lints a published report's text instead and exits, without
 * starting Spring (see {@link LintCommand}).
 */
@SpringBootApplication(scanBasePackages = "org.budgetledger")
public class BudgetLedgerApplication {

    public static void main(String[] args) {
        // The lint reads a file and needs neither the web server nor a database.
        if (args.length > 0 && args[0].equals("lint")) {
            System.exit(LintCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
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
