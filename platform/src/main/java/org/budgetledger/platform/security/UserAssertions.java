package org.budgetledger.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A signed statement "this request is made on behalf of user X", which one process (the web UI,
 * where the user logged in with the form) adds to its API requests to another (the command side,
 * possibly at {@code LEDGER_COMMAND_URL}), and which {@link UserAssertionFilter} verifies:
 * <pre>
 * X-Ledger-On-Behalf-Of: &lt;username&gt;
 * X-Ledger-Asserted-At:  &lt;epoch seconds&gt;
 * X-Ledger-Assertion:    &lt;base64url (no padding) HMAC-SHA256(secret, username + "\n" + assertedAt)&gt;
 * </pre>
 * The secret is {@code ledger.internal-secret} ({@code LEDGER_INTERNAL_SECRET}), the same on
 * every process, or, unset, a random one generated once for this process (a standalone process
 * then needs no setting). It is never logged, answered, recorded or shown by a {@code toString}.
 * An assertion is accepted within {@link #MAX_AGE} of its time, in either direction.
 */
@Component
public class UserAssertions {

    public static final String ON_BEHALF_OF = "X-Ledger-On-Behalf-Of";
    public static final String ASSERTED_AT = "X-Ledger-Asserted-At";
    public static final String ASSERTION = "X-Ledger-Assertion";

    /** How far from now an assertion's time may be. */
    public static final Duration MAX_AGE = Duration.ofSeconds(120);

    private static final Logger log = LoggerFactory.getLogger(UserAssertions.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern USERNAME = Pattern.compile(Users.USERNAME_PATTERN);

    private final SecretKeySpec key;
    private final Clock clock;

    @Autowired
    UserAssertions(SecuritySettings settings) {
        this(settings.internalSecret(), Clock.systemUTC());
    }

    UserAssertions(String secret, Clock clock) {
        if (secret != null && secret.length() < SecuritySettings.MIN_INTERNAL_SECRET) {
            // Checked here, not in SecuritySettings: a failed binding would be reported with the value.
            throw new IllegalStateException("ledger.internal-secret (LEDGER_INTERNAL_SECRET) must have at least "
                    + SecuritySettings.MIN_INTERNAL_SECRET + " characters");
        }
        if (secret == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.info("ledger.internal-secret (LEDGER_INTERNAL_SECRET) is unset: user assertions are signed with a random "
                    + "secret of this process only; set the same one on every process when the UI calls another process");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
    }

    /** The headers to add to an API request made on behalf of the user, asserted now. */
    public Map<String, String> headersFor(String username) {
        return headersFor(username, clock.instant());
    }

    /** The headers asserting the user at the given time (the tests assert old times). */
    Map<String, String> headersFor(String username, Instant assertedAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Not a user name: " + username);
        }
        String at = String.valueOf(assertedAt.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ON_BEHALF_OF, username);
        headers.put(ASSERTED_AT, at);
        headers.put(ASSERTION, sign(username, at));
        return headers;
    }

    /**
     * Why the assertion is not valid, or null when it is: the signature (compared in constant
     * time) and the time within {@link #MAX_AGE} of now.
     */
    String problemWith(String username, String assertedAt, String assertion) {
        if (username == null || username.isBlank() || assertedAt == null || assertion == null) {
            return "incomplete (" + ON_BEHALF_OF + ", " + ASSERTED_AT + " and " + ASSERTION + " are required)";
        }
        byte[] expected = sign(username, assertedAt).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, assertion.strip().getBytes(StandardCharsets.US_ASCII))) {
            return "wrong signature";
        }
        long seconds;
        try {
            seconds = Long.parseLong(assertedAt.strip());
        } catch (NumberFormatException e) {
            return "the time is not epoch seconds";
        }
        long offset = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (offset > MAX_AGE.toSeconds()) {
            return "asserted " + offset + " s from now, more than " + MAX_AGE.toSeconds() + " s";
        }
        return null;
    }

    private String sign(String username, String assertedAt) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] signature = mac.doFinal((username + "\n" + assertedAt).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /** The secret, for the tests of this package (that it is nowhere to be seen); never log or answer it. */
    String secretForTests() {
        return new String(key.getEncoded(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "UserAssertions[" + ALGORITHM + ", max age " + MAX_AGE.toSeconds() + " s]";
    }
}
