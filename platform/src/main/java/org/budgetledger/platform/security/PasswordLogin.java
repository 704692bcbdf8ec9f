package org.budgetledger.platform.security;

import java.time.Duration;
import java.util.Optional;
import org.budgetledger.platform.problem.DatabaseFailures;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Verifies a user name and password (HTTP Basic, the login form) against the users table:
 * first the lock of the name ({@link LoginThrottle}), then the {@link CredentialCache}, then
 * bcrypt. An unknown name costs the same bcrypt as a known one, and every failure answers the
 * same "bad credentials", so that nobody learns which names exist. Failures and verified
 * logins are recorded as security events; a Basic credential served from the cache is not a
 * new login and is not recorded, a form login always is.
 */
public class PasswordLogin implements AuthenticationProvider {

    private final Users users;
    private final PasswordEncoder passwords;
    private final CredentialCache cache;
    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final String mechanism;
    private final boolean recordCachedLogins;
    private final String unknownUserHash;

    /** Locks striped by user name (a bounded set, whatever the names presented). */
    private static final Object[] VERIFYING = java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();
    /** Per stripe, when a verification last met a database outage (written and read under the stripe's lock). */
    private static final long[] OUTAGE_SEEN = new long[VERIFYING.length];

    PasswordLogin(Users users, PasswordEncoder passwords, CredentialCache cache, LoginThrottle throttle, SecurityEvents events,
            String mechanism, boolean recordCachedLogins) {
        this.users = users;
        this.passwords = passwords;
        this.cache = cache;
        this.throttle = throttle;
        this.events = events;
        this.mechanism = mechanism;
        this.recordCachedLogins = recordCachedLogins;
        this.unknownUserHash = passwords.encode("not the password of anyone: compared for an unknown user name");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Duration locked = throttle.lockedFor(username);
        if (!locked.isZero()) {
            TooManyFailedLogins refusal = new TooManyFailedLogins(locked);
            events.record(SecurityEvent.Type.LOGIN_LOCKED, username, SecurityEvent.Outcome.REFUSED,
                    mechanism + ": the name is locked for " + refusal.retryAfterSeconds() + " s after repeated failures");
            throw refusal;
        }
        LedgerUser cached = cache.verified(username, password);
        if (cached != null) {
            return fromCache(username, cached);
        }
        // One bcrypt per name at a time: when the cached credential of a busy script expires, its
        // concurrent requests wait for the one verification instead of each paying for its own.
        int stripe = Math.floorMod(username.hashCode(), VERIFYING.length);
        long waitingSince = System.nanoTime();
        synchronized (VERIFYING[stripe]) {
            LedgerUser justVerified = cache.verified(username, password);
            if (justVerified != null) {
                return fromCache(username, justVerified);
            }
            // The one before this found the database down while this one waited: answer at once rather
            // than each waiting request paying the pool's timeout in turn.
            if (OUTAGE_SEEN[stripe] != 0 && OUTAGE_SEEN[stripe] - waitingSince > 0) {
                throw DatabaseFailures.rejection();
            }
            try {
                return verify(username, password);
            } catch (RuntimeException failure) {
                if (DatabaseFailures.isUnavailable(failure)) {
                    OUTAGE_SEEN[stripe] = System.nanoTime();
                }
                throw failure;
            }
        }
    }

    private Authentication fromCache(String username, LedgerUser cached) {
        if (recordCachedLogins) {
            events.record(SecurityEvent.Type.LOGIN, username, SecurityEvent.Outcome.SUCCESS, mechanism);
        }
        return new LedgerAuthentication(cached, null);
    }

    private Authentication verify(String username, String password) {
        Optional<StoredUser> stored = users.stored(username);
        boolean matches = passwords.matches(password, stored.map(StoredUser::passwordHash).orElse(unknownUserHash));
        if (stored.isEmpty() || !matches || !stored.get().enabled()) {
            String reason = stored.isEmpty() ? "unknown user name" : !matches ? "wrong password" : "the user is disabled";
            Duration lock = throttle.failed(username);
            events.record(SecurityEvent.Type.LOGIN_FAILED, username, SecurityEvent.Outcome.FAILURE, mechanism + ": " + reason
                    + (!lock.isZero() ? "; the name is now locked for " + lock.toSeconds() + " s" : ""));
            throw new BadCredentialsException("Bad credentials");
        }
        LedgerUser user = stored.get().asLedgerUser();
        throttle.succeeded(username);
        cache.remember(username, password, user);
        events.record(SecurityEvent.Type.LOGIN, username, SecurityEvent.Outcome.SUCCESS, mechanism);
        return new LedgerAuthentication(user, null);
    }
}
