package org.budgetledger.platform.security.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.budgetledger.platform.request.ApiRequest;
import org.budgetledger.platform.request.Violations;
import org.budgetledger.platform.security.SecuritySettings;

/** {@code POST /me/password}: the caller's new password, against the current one. */
@Schema(name = "ChangePassword")
record ChangePasswordRequest(
        @Schema(requiredMode = REQUIRED, format = "password") String currentPassword,
        @Schema(requiredMode = REQUIRED, format = "password", minLength = SecuritySettings.MIN_PASSWORD,
                description = "At least 8 characters") String newPassword) implements ApiRequest {

    @Override
    public void check(Violations violations) {
        if (newPassword != null && newPassword.length() < SecuritySettings.MIN_PASSWORD) {
            violations.reject("newPassword", "must have at least " + SecuritySettings.MIN_PASSWORD + " characters");
        }
    }

    /** Never a password. */
    @Override
    public String toString() {
        return "ChangePasswordRequest[…]";
    }
}
