package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verified credential is remembered for the TTL, for that password only, until the user changes. */
class CredentialCacheTest {

    private static final LedgerUser USER = new LedgerUser("u", "U", false, List.of(new Grant("ZZJJ", Role.VIEWER)));
    private final Instant start = Instant.parse("2024-03-01T08:00:00Z");

    @Test
    void theSamePasswordWithinTheTtlIsServedAnotherIsNot() {
        CredentialCache cache = new CredentialCache(Duration.ofSeconds(30), Clock.fixed(start, ZoneOffset.UTC));
        cache.remember("u", "secret-1", USER);

        assertThat(cache.verified("u", "secret-1")).isEqualTo(USER);
        assertThat(cache.verified("u", "secret-2")).isNull();
        assertThat(cache.verified("v", "secret-1")).isNull();
    }

    @Test
    void anEntryExpiresAfterTheTtl() {
        CredentialCache cache = new CredentialCache(Duration.ofSeconds(30), Clock.fixed(start, ZoneOffset.UTC));
        cache.remember("u", "secret-1", USER);
        CredentialCache later = cache;

        assertThat(new CredentialCache(Duration.ofSeconds(30), Clock.fixed(start.plusSeconds(30), ZoneOffset.UTC))
                .verified("u", "secret-1")).isNull();
        assertThat(later.verified("u", "secret-1")).isEqualTo(USER);
    }

    @Test
    void invalidatingForgetsTheUser() {
        CredentialCache cache = new CredentialCache(Duration.ofSeconds(30), Clock.fixed(start, ZoneOffset.UTC));
        cache.remember("u", "secret-1", USER);

        cache.invalidate("u");

        assertThat(cache.verified("u", "secret-1")).isNull();
    }
}
