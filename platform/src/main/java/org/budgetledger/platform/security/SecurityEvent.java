package org.budgetledger.platform.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * Something that happened to identity and access: a login, a failed login, a refused request, a
 * change of a user or of their grants. Never carries a password, a hash or a token.
 */
@Schema(name = "SecurityEvent")
public record SecurityEvent(
        @Schema(example = "42") long id,
        @Schema(example = "2024-03-01T08:15:30Z") Instant occurredAt,
        @Schema(example = "LOGIN_FAILED") Type type,
        @Schema(description = "The user the event is about (the name tried, for a failed login); null when none was given",
                example = "ZZJJ-recorder") String username,
        @Schema(example = "10.0.0.7") String remoteAddress,
        @Schema(example = "FAILURE") Outcome outcome,
        @Schema(example = "HTTP Basic: bad credentials") String detail) {

    /** What happened. */
    public enum Type {
        /** A password verified (HTTP Basic not served from the cache, or the login form). */
        LOGIN,
        /** A wrong password, an unknown or disabled user, an invalid Bearer token. */
        LOGIN_FAILED,
        /** A login refused because the user name is locked after too many failures. */
        LOGIN_LOCKED,
        /** A request refused: 401 without valid credentials, 403 without the right. */
        REQUEST_REFUSED,
        USER_CREATED,
        USER_DISABLED,
        GRANTS_CHANGED,
        PASSWORD_CHANGED
    }

    /** How it ended. */
    public enum Outcome {
        SUCCESS,
        FAILURE,
        REFUSED
    }
}
