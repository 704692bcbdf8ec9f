package org.budgetledger.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables {@code ledger_user} and {@code ledger_grant} (V3), read and written with plain SQL.
 * Every change bumps the user's {@code version}. Only {@link Users} writes through it.
 */
@Repository
class UserStore {

    private static final String USER_COLUMNS = "username, display_name, password_hash, admin, enabled, created_at, version";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    UserStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    boolean anyUser() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ledger_user)", Boolean.class));
    }

    Optional<StoredUser> find(String username) {
        List<StoredUser> users = jdbc.query("SELECT " + USER_COLUMNS + " FROM ledger_user WHERE username = ?",
                (row, i) -> user(row, List.of()), username);
        if (users.isEmpty()) {
            return Optional.empty();
        }
        StoredUser user = users.get(0);
        return Optional.of(new StoredUser(user.username(), user.displayName(), user.passwordHash(), user.admin(), user.enabled(),
                user.createdAt(), user.version(), grants(username)));
    }

    List<StoredUser> all() {
        Map<String, List<Grant>> grants = new LinkedHashMap<>();
        jdbc.query("SELECT username, unit_code, role FROM ledger_grant ORDER BY username, unit_code, role",
                (ResultSet row) -> {
                    grants.computeIfAbsent(row.getString("username"), name -> new ArrayList<>()).add(grant(row));
                });
        return jdbc.query("SELECT " + USER_COLUMNS + " FROM ledger_user ORDER BY username",
                (row, i) -> user(row, grants.getOrDefault(row.getString("username"), List.of())));
    }

    /**
     * Inserts the user with the grants unless the name is taken; answers whether this call created it.
     * Race-safe: of two processes inserting the same name at once, exactly one creates it.
     */
    boolean insert(String username, String displayName, String passwordHash, boolean admin, List<Grant> grants) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int inserted = jdbc.update("INSERT INTO ledger_user (username, display_name, password_hash, admin) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (username) DO NOTHING", username, displayName, passwordHash, admin);
            if (inserted == 1) {
                writeGrants(username, grants);
            }
            return inserted == 1;
        }));
    }

    /**
     * Inserts the user only if the table has no user at all (the first start), answering whether
     * this call created it. Two processes starting at once on an empty database both try; the
     * primary key lets one win and the other insert nothing.
     */
    boolean insertIfNoUser(String username, String displayName, String passwordHash, boolean admin) {
        return jdbc.update("INSERT INTO ledger_user (username, display_name, password_hash, admin) "
                + "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM ledger_user) ON CONFLICT (username) DO NOTHING",
                username, displayName, passwordHash, admin) == 1;
    }

    /** Replaces the grants; false when there is no such user. */
    boolean replaceGrants(String username, List<Grant> grants) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (jdbc.update("UPDATE ledger_user SET version = version + 1 WHERE username = ?", username) == 0) {
                return false;
            }
            jdbc.update("DELETE FROM ledger_grant WHERE username = ?", username);
            writeGrants(username, grants);
            return true;
        }));
    }

    boolean disable(String username) {
        return jdbc.update("UPDATE ledger_user SET enabled = FALSE, version = version + 1 WHERE username = ?", username) == 1;
    }

    boolean setPasswordHash(String username, String passwordHash) {
        return jdbc.update("UPDATE ledger_user SET password_hash = ?, version = version + 1 WHERE username = ?",
                passwordHash, username) == 1;
    }

    private void writeGrants(String username, List<Grant> grants) {
        for (Grant grant : grants.stream().distinct().toList()) {
            jdbc.update("INSERT INTO ledger_grant (username, unit_code, role) VALUES (?, ?, ?)", username, grant.unitCode(),
                    grant.role().name());
        }
    }

    private List<Grant> grants(String username) {
        return jdbc.query("SELECT username, unit_code, role FROM ledger_grant WHERE username = ? ORDER BY unit_code, role",
                (row, i) -> grant(row), username);
    }

    private static Grant grant(ResultSet row) throws SQLException {
        return new Grant(row.getString("unit_code"), Role.valueOf(row.getString("role")));
    }

    private static StoredUser user(ResultSet row, List<Grant> grants) throws SQLException {
        return new StoredUser(row.getString("username"), row.getString("display_name"), row.getString("password_hash"),
                row.getBoolean("admin"), row.getBoolean("enabled"), row.getObject("created_at", Timestamp.class).toInstant(),
                row.getLong("version"), grants);
    }
}
