package org.budgetledger.command;

import org.budgetledger.platform.database.ExternalDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own: takes commands, writes events. */
@SpringBootApplication(scanBasePackages = {"org.budgetledger.command", "org.budgetledger.platform"})
public class CommandSideApplication {

    /** Needs an external PostgreSQL (SPRING_DATASOURCE_URL): this jar carries no embedded one. */
    public static void main(String[] args) {
        ExternalDatabase.require("command-side", args);
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
