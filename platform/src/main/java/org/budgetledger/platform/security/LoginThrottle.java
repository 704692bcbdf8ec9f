package org.budgetledger.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Locks a user name after repeated failed logins: {@code ledger.login-failure-limit} failures
 * (5) within {@code ledger.login-failure-window} (15 minutes) lock the name for
 * {@code ledger.login-lockout} (60 s); each further failure once the lock has passed, while the
 * failures still count, locks it again for twice as long, up to {@code ledger.login-lockout-max}
 * (15 minutes). While locked, no password is checked, not even the right one. A successful login
 * clears the name's count.
 *
 * <p>Counted by user name, known or not (an unknown name behaves like a known one), in the
 * memory of this process: each process of a two-process deployment counts on its own.
 */
@Component
public class LoginThrottle {

    /** At most this many names are tracked; beyond, names whose failures no longer count are dropped. */
    static final int MAX_NAMES = 10_000;

    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant lockedUntil = Instant.MIN;
        Duration nextLock;
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;
    private final Duration lockout;
    private final Duration lockoutMax;
    private final Clock clock;

    @Autowired
    public LoginThrottle(SecuritySettings settings) {
        this(settings.loginFailureLimit(), settings.loginFailureWindow(), settings.loginLockout(), settings.loginLockoutMax(),
                Clock.systemUTC());
    }

    LoginThrottle(int limit, Duration window, Duration lockout, Duration lockoutMax, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.lockout = lockout;
        this.lockoutMax = lockoutMax;
        this.clock = clock;
    }

    /** How long the name stays locked, or {@link Duration#ZERO} when a login may be tried. */
    public Duration lockedFor(String username) {
        Failures entry = failures.get(username);
        if (entry == null) {
            return Duration.ZERO;
        }
        synchronized (entry) {
            Duration left = Duration.between(clock.instant(), entry.lockedUntil);
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    /** Counts a failed login; answers the lock it starts, or {@link Duration#ZERO}. */
    public Duration failed(String username) {
        if (failures.size() >= MAX_NAMES) {
            prune();
        }
        Failures entry = failures.computeIfAbsent(username, name -> new Failures());
        synchronized (entry) {
            Instant now = clock.instant();
            entry.times.addLast(now);
            while (!entry.times.isEmpty() && !entry.times.peekFirst().isAfter(now.minus(window))) {
                entry.times.removeFirst();
            }
            if (entry.times.size() < limit) {
                entry.nextLock = null;
                return Duration.ZERO;
            }
            Duration lock = entry.nextLock == null ? lockout : entry.nextLock;
            entry.nextLock = lock.multipliedBy(2).compareTo(lockoutMax) > 0 ? lockoutMax : lock.multipliedBy(2);
            entry.lockedUntil = now.plus(lock);
            return lock;
        }
    }

    /** A successful login: the name's failures no longer count. */
    public void succeeded(String username) {
        failures.remove(username);
    }

    private void prune() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(name -> {
            synchronized (name.getValue()) {
                Instant last = name.getValue().times.peekLast();
                return name.getValue().lockedUntil.isBefore(now) && (last == null || !last.isAfter(now.minus(window)));
            }
        });
        if (failures.size() >= MAX_NAMES) {
            failures.clear();
        }
    }
}
