package org.budgetledger.query;

import org.budgetledger.platform.database.ExternalDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side on its own: projects events into read models and answers queries. */
@SpringBootApplication(scanBasePackages = {"org.budgetledger.query", "org.budgetledger.ui", "org.budgetledger.platform"})
public class QuerySideApplication {

    /** Needs an external PostgreSQL (SPRING_DATASOURCE_URL): this jar carries no embedded one. */
    public static void main(String[] args) {
        ExternalDatabase.require("query-side", args);
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
