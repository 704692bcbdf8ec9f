package org.budgetledger.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.LedgerRejection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The local users and their grants: every change goes through here, so that each is hashed,
 * recorded as a security event and forgotten by this process's {@link CredentialCache} at once.
 * Passwords are hashed with bcrypt in Spring Security's delegating format ({@code {bcrypt}…})
 * and never logged, stored, recorded or answered.
 */
@Service
public class Users {

    /** What a user name may be. */
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{1,64}";
    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);
    private static final Pattern UNIT_CODE = Pattern.compile("\\*|[A-Za-z0-9-]{1,32}");

    private final UserStore store;
    private final PasswordEncoder passwords;
    private final CredentialCache cache;
    private final SecurityEvents events;

    Users(UserStore store, PasswordEncoder passwords, CredentialCache cache, SecurityEvents events) {
        this.store = store;
        this.passwords = passwords;
        this.cache = cache;
        this.events = events;
    }

    /**
     * Creates a user with the grants; {@code USER_EXISTS} if the name is taken,
     * {@code VALIDATION_FAILED} for a bad name, a password shorter than
     * {@value SecuritySettings#MIN_PASSWORD} characters or a bad unit code.
     */
    public LedgerUser create(String username, String password, String displayName, boolean admin, List<Grant> grants) {
        if (!createIfAbsent(username, password, displayName, admin, grants)) {
            throw new LedgerRejection(ErrorCode.USER_EXISTS, "A user " + username + " exists already");
        }
        return new LedgerUser(username, displayName(username, displayName), admin, grants);
    }

    /** Creates the user unless the name is taken; answers whether this call created it. */
    public boolean createIfAbsent(String username, String password, String displayName, boolean admin, List<Grant> grants) {
        checkUsername(username);
        checkPassword("password", password);
        checkGrants(grants);
        boolean created = store.insert(username, displayName(username, displayName), passwords.encode(password), admin, grants);
        if (created) {
            cache.invalidate(username);
            events.record(SecurityEvent.Type.USER_CREATED, username, SecurityEvent.Outcome.SUCCESS,
                    (admin ? "administrator, " : "") + "grants " + describe(grants) + by());
        }
        return created;
    }

    /** The first start's administrator, if no user exists yet; answers whether this call created it. */
    boolean createFirstAdmin(String username, String password) {
        boolean created = store.insertIfNoUser(username, "Administrator", passwords.encode(password), true);
        if (created) {
            events.record(SecurityEvent.Type.USER_CREATED, username, null, SecurityEvent.Outcome.SUCCESS,
                    "administrator created at the first start");
        }
        return created;
    }

    public boolean anyUser() {
        return store.anyUser();
    }

    /** Every local user, by name; no hash ever leaves. */
    public List<UserSummary> all() {
        return store.all().stream().map(UserSummary::of).toList();
    }

    public Optional<UserSummary> find(String username) {
        return store.find(username).map(UserSummary::of);
    }

    /** Replaces the user's grants; {@code USER_NOT_FOUND} without such a user. */
    public void replaceGrants(String username, List<Grant> grants) {
        checkGrants(grants);
        if (!store.replaceGrants(username, grants)) {
            throw notFound(username);
        }
        cache.invalidate(username);
        events.record(SecurityEvent.Type.GRANTS_CHANGED, username, SecurityEvent.Outcome.SUCCESS,
                "grants now " + describe(grants) + by());
    }

    /** Disables the user: no login succeeds any more; {@code USER_NOT_FOUND} without such a user. */
    public void disable(String username) {
        if (!store.disable(username)) {
            throw notFound(username);
        }
        cache.invalidate(username);
        events.record(SecurityEvent.Type.USER_DISABLED, username, SecurityEvent.Outcome.SUCCESS, "disabled" + by());
    }

    /**
     * Changes a user's password after checking the current one. A wrong current password is
     * {@code VALIDATION_FAILED} on the field {@code currentPassword}, counts as a failed login of
     * the name (see {@link LoginThrottle}) and is recorded.
     */
    public void changePassword(String username, String currentPassword, String newPassword) {
        StoredUser user = store.find(username).filter(StoredUser::enabled).orElseThrow(() -> new LedgerRejection(
                ErrorCode.USER_NOT_FOUND, "There is no local user " + username + " (a user of the OpenID issuer changes "
                        + "their password there)"));
        checkPassword("newPassword", newPassword);
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            events.record(SecurityEvent.Type.PASSWORD_CHANGED, username, SecurityEvent.Outcome.FAILURE,
                    "the current password given was wrong");
            throw LedgerRejection.invalid("currentPassword", "is not your current password");
        }
        store.setPasswordHash(username, passwords.encode(newPassword));
        cache.invalidate(username);
        events.record(SecurityEvent.Type.PASSWORD_CHANGED, username, SecurityEvent.Outcome.SUCCESS, "password changed" + by());
    }

    /** For the login: the stored user, hash included; never answered. */
    Optional<StoredUser> stored(String username) {
        return store.find(username);
    }

    /** A user as {@code GET /users} answers it: no hash. */
    public record UserSummary(String username, String displayName, boolean admin, boolean enabled, List<Grant> grants) {

        static UserSummary of(StoredUser user) {
            return new UserSummary(user.username(), user.displayName(), user.admin(), user.enabled(), user.grants());
        }
    }

    static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw LedgerRejection.invalid("username", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    static void checkPassword(String field, String password) {
        if (password == null || password.length() < SecuritySettings.MIN_PASSWORD) {
            throw LedgerRejection.invalid(field, "must have at least " + SecuritySettings.MIN_PASSWORD + " characters");
        }
    }

    private static void checkGrants(List<Grant> grants) {
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            if (grant == null || grant.role() == null || grant.unitCode() == null || !UNIT_CODE.matcher(grant.unitCode()).matches()) {
                throw LedgerRejection.invalid("grants[" + i + "]", "must be a unit code (or \"*\") and a role");
            }
        }
    }

    private static String displayName(String username, String displayName) {
        return displayName == null || displayName.isBlank() ? username : displayName.strip();
    }

    private static String describe(List<Grant> grants) {
        return grants.isEmpty() ? "none" : grants.stream().map(Grant::toString).collect(Collectors.joining(", "));
    }

    private static LedgerRejection notFound(String username) {
        return new LedgerRejection(ErrorCode.USER_NOT_FOUND, "There is no user " + username);
    }

    /** " by NAME" for a change made by an authenticated caller, "" otherwise (start-up, demo). */
    private static String by() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
            return " by " + user.username();
        }
        return "";
    }
}
