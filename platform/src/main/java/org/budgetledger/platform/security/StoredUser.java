package org.budgetledger.platform.security;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code ledger_user} with its grants. Holds the password hash, which must never leave
 * this package: {@link #toString()} does not show it, and answers are built from {@link #asLedgerUser()}.
 */
record StoredUser(String username, String displayName, String passwordHash, boolean admin, boolean enabled,
        Instant createdAt, long version, List<Grant> grants) {

    StoredUser {
        grants = List.copyOf(grants);
    }

    LedgerUser asLedgerUser() {
        return new LedgerUser(username, displayName, admin, grants);
    }

    @Override
    public String toString() {
        return "StoredUser[username=" + username + ", admin=" + admin + ", enabled=" + enabled + ", version=" + version
                + ", grants=" + grants + "]";
    }
}
