package org.budgetledger.platform.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of identity and access ({@code ledger.*}, or the {@code LEDGER_*} environment
 * variables). {@link #toString()} never shows a password.
 *
 * @param adminPassword the password of the {@code admin} created when no user exists; unset: a random one, printed once
 * @param demoPassword the password of the demo users ({@code --demo}); unset: a random one, printed once
 * @param oidcIssuerUri an OpenID Connect issuer whose Bearer JWTs the API accepts; unset: none
 * @param credentialCacheTtl how long a verified Basic credential is remembered without hashing it again;
 *        also the longest a change made by another process may go unseen by this one
 * @param loginFailureLimit failed logins of one user name within {@code loginFailureWindow} that lock the name
 * @param loginFailureWindow how long a failed login counts
 * @param loginLockout how long the first lock lasts; each further failure while the count holds doubles it
 * @param loginLockoutMax the longest lock
 * @param internalSecret the key of the user assertions one process sends another on behalf of a user
 *        ({@link UserAssertions}), at least {@value #MIN_INTERNAL_SECRET} characters; every process that sends or
 *        accepts them must have the same one; unset: a random one for this process only
 */
@ConfigurationProperties(prefix = "ledger")
public record SecuritySettings(
        String adminPassword,
        String demoPassword,
        URI oidcIssuerUri,
        @DefaultValue("30s") Duration credentialCacheTtl,
        @DefaultValue("5") int loginFailureLimit,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("60s") Duration loginLockout,
        @DefaultValue("15m") Duration loginLockoutMax,
        String internalSecret) {

    /** The shortest password accepted, for users created here and for the two start-up passwords. */
    public static final int MIN_PASSWORD = 8;

    /** The shortest {@code ledger.internal-secret} accepted. */
    public static final int MIN_INTERNAL_SECRET = 32;

    public SecuritySettings {
        adminPassword = blankToNull(adminPassword);
        demoPassword = blankToNull(demoPassword);
        internalSecret = blankToNull(internalSecret);
        if (oidcIssuerUri != null && oidcIssuerUri.toString().isBlank()) {
            oidcIssuerUri = null;
        }
        if (oidcIssuerUri != null && !("https".equals(oidcIssuerUri.getScheme()) || "http".equals(oidcIssuerUri.getScheme()))) {
            throw new IllegalArgumentException("ledger.oidc-issuer-uri (LEDGER_OIDC_ISSUER_URI) must be an http(s) URL, not "
                    + oidcIssuerUri);
        }
        if (credentialCacheTtl.isNegative()) {
            throw new IllegalArgumentException("ledger.credential-cache-ttl (LEDGER_CREDENTIAL_CACHE_TTL) must not be negative");
        }
        if (loginFailureLimit < 1) {
            throw new IllegalArgumentException("ledger.login-failure-limit (LEDGER_LOGIN_FAILURE_LIMIT) must be at least 1, not "
                    + loginFailureLimit);
        }
        if (isNotPositive(loginFailureWindow) || isNotPositive(loginLockout) || loginLockoutMax.compareTo(loginLockout) < 0) {
            throw new IllegalArgumentException("ledger.login-failure-window and ledger.login-lockout must be positive and "
                    + "ledger.login-lockout-max at least ledger.login-lockout");
        }
    }

    /**
     * Refuses a start-up password shorter than {@link #MIN_PASSWORD}. Checked by the bean that
     * uses it, not in the constructor: a failed binding is reported with the property's value,
     * and this value is a password.
     */
    static void checkStartupPassword(String password, String setting) {
        if (password != null && password.length() < MIN_PASSWORD) {
            throw new IllegalStateException(setting + " must have at least " + MIN_PASSWORD + " characters");
        }
    }

    private static boolean isNotPositive(Duration duration) {
        return duration.isNegative() || duration.isZero();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "SecuritySettings[adminPassword=" + (adminPassword == null ? "unset" : "set") + ", demoPassword="
                + (demoPassword == null ? "unset" : "set") + ", oidcIssuerUri=" + oidcIssuerUri + ", credentialCacheTtl="
                + credentialCacheTtl + ", loginFailureLimit=" + loginFailureLimit + ", loginFailureWindow=" + loginFailureWindow
                + ", loginLockout=" + loginLockout + ", loginLockoutMax=" + loginLockoutMax
                + ", internalSecret=" + (internalSecret == null ? "unset" : "set") + "]";
    }
}
