package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The lock of a user name: after the limit, for a while, doubling up to the longest. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2024-03-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofSeconds(60),
            Duration.ofMinutes(15), clock);

    @Test
    void fourFailuresDoNotLockTheFifthLocksForTheFirstLockout() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("u")).isZero();
        }
        assertThat(throttle.lockedFor("u")).isZero();

        assertThat(throttle.failed("u")).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.lockedFor("u")).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.lockedFor("someone-else")).isZero();
    }

    @Test
    void eachFailureAfterALockDoublesTheNextLock() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("u");
        }
        now = now.plusSeconds(60);
        assertThat(throttle.lockedFor("u")).isZero();
        assertThat(throttle.failed("u")).isEqualTo(Duration.ofSeconds(120));
        now = now.plusSeconds(120);
        assertThat(throttle.failed("u")).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void theLockNeverExceedsTheLongest() {
        LoginThrottle patient = new LoginThrottle(5, Duration.ofDays(1), Duration.ofSeconds(60), Duration.ofMinutes(15), clock);
        for (int i = 0; i < 5; i++) {
            patient.failed("u");
        }
        Duration lock = Duration.ofSeconds(60);
        for (int i = 0; i < 6; i++) {
            now = now.plus(lock);
            lock = patient.failed("u");
        }
        assertThat(lock).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("u");
        }
        now = now.plus(Duration.ofMinutes(16));

        assertThat(throttle.failed("u")).isZero();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("u");
        }
        throttle.succeeded("u");

        assertThat(throttle.failed("u")).isZero();
    }
}
