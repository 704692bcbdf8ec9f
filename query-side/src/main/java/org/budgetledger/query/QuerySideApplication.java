package org.budgetledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side on its own: projects events into read models and answers queries. */
@SpringBootApplication(scanBasePackages = {"org.budgetledger.query", "org.budgetledger.platform"})
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
