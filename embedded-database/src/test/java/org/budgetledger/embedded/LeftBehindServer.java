package org.budgetledger.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/**
 * The main of a child JVM that starts the embedded PostgreSQL on a data directory, commits a
 * row and waits to be killed (SIGKILL), as a ledger process killed under load would be: its
 * PostgreSQL runs on, holding the directory.
 */
public final class LeftBehindServer {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(args[0],
                new EmbeddedDatabaseSettings.Embedded(false, true, Duration.ofSeconds(60)));
        EmbeddedDatabase database = EmbeddedDatabase.start(settings);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE acknowledged (entry text NOT NULL)");
            statement.execute("INSERT INTO acknowledged VALUES ('written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
