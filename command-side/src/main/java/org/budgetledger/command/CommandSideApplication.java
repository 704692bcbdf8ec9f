package org.budgetledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own: takes commands, writes events. */
@SpringBootApplication(scanBasePackages = {"org.budgetledger.command", "org.budgetledger.platform"})
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
