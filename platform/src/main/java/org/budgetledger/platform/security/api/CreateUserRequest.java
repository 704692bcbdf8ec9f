package org.budgetledger.platform.security.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Mismatch;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.security.SecuritySettings;
import org.budgetledger.platform.security.Users;

/** {@code POST /users}: a new local user, without grants (given with {@code PUT /users/{username}/grants}). */
@Schema(name = "CreateUser", description = "A new local user; its grants are given separately")
record CreateUserRequest(
        @Schema(requiredMode = REQUIRED, pattern = Users.USERNAME_PATTERN, example = "ZZJJ-clerk2")
        @Mismatch("must be 1 to 64 letters, digits, '.', '_' or '-'") String username,
        @Schema(description = "The name shown for the user; the user name when absent", example = "张会计") String displayName,
        @Schema(requiredMode = REQUIRED, format = "password", minLength = SecuritySettings.MIN_PASSWORD,
                description = "At least 8 characters; leading and trailing spaces are not part of it") String password)
        implements ApiRequest {

    @Override
    public void check(Violations violations) {
        if (password != null && password.length() < SecuritySettings.MIN_PASSWORD) {
            violations.reject("password", "must have at least " + SecuritySettings.MIN_PASSWORD + " characters");
        }
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", displayName=" + displayName + "]";
    }
}
