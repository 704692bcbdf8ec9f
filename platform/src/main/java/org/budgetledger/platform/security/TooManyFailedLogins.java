package org.budgetledger.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused because its user name is locked ({@link LoginThrottle}); answered 429 with {@code Retry-After}. */
public class TooManyFailedLogins extends AuthenticationException {

    private final Duration retryAfter;

    public TooManyFailedLogins(Duration retryAfter) {
        super("Too many failed logins for this user name; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a login may be tried again, at least 1. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
