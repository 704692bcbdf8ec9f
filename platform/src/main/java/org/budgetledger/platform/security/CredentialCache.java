package org.budgetledger.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a short while, that a user name and password were verified, so that a script
 * sending HTTP Basic credentials on every request pays for bcrypt (tens of milliseconds by
 * design) once per {@code ledger.credential-cache-ttl} instead of on every request.
 *
 * <p>What is kept per user name is the SHA-256 of the password that was verified (never the
 * password), the {@link LedgerUser} it authenticated and an expiry. A presented password is
 * accepted from the cache only if its digest equals the kept one, compared in constant time. A
 * change of the user made through this process ({@link Users}: password, grants, disabling)
 * forgets the entry at once; a change made by another process on the same database is seen
 * here when the entry expires, at most the TTL later.
 */
@Component
public class CredentialCache {

    /** At most this many users are remembered; beyond, the cache is emptied (and refills from bcrypt). */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, LedgerUser user, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    @Autowired
    public CredentialCache(SecuritySettings settings) {
        this(settings.credentialCacheTtl(), Clock.systemUTC());
    }

    CredentialCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The user whose password was verified within the TTL, if this is that password. */
    LedgerUser verified(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(username, entry);
            return null;
        }
        return MessageDigest.isEqual(entry.digest(), digest(password)) ? entry.user() : null;
    }

    /** Remembers a password bcrypt has just verified. */
    void remember(String username, String password, LedgerUser user) {
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(digest(password), user, clock.instant().plus(ttl)));
    }

    /** Forgets what was verified for the user: called on every change of the user. */
    public void invalidate(String username) {
        entries.remove(username);
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
