package org.budgetledger.platform.security.api;

import static org.budgetledger.rejection.ErrorCode.FORBIDDEN;
import static org.budgetledger.rejection.ErrorCode.USER_EXISTS;
import static org.budgetledger.rejection.ErrorCode.USER_NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.budgetledger.platform.openapi.Rejects;
import org.budgetledger.platform.security.AdminOnly;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.Users;
import org.budgetledger.platform.security.api.UserAnswers.MeAnswer;
import org.budgetledger.platform.security.api.UserAnswers.UserAnswer;
import org.budgetledger.platform.security.api.UserAnswers.UserListAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local users and their grants, managed by administrators, and the caller's own account.
 * An administrator manages users and grants but holds no right on a ledger unless granted one;
 * every change is recorded as a security event and takes effect at the caller's next request
 * in this process (at most {@code ledger.credential-cache-ttl} later in another process).
 */
@RestController
@Tag(name = "Users", description = "Local users, their grants per unit, and the caller's own account")
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class UserController {

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @Operation(summary = "Create a local user (ADMIN)", description = "Without grants: give them with PUT /users/{username}/grants.")
    @Rejects({FORBIDDEN, USER_EXISTS})
    @AdminOnly("manages users and grants")
    @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserAnswer create(@RequestBody CreateUserRequest request) {
        users.create(request.username(), request.password(), request.displayName(), false, List.of());
        return UserAnswer.of(users.find(request.username()).orElseThrow());
    }

    @Operation(summary = "Every local user with their grants (ADMIN)",
            description = "Users of the OpenID issuer are not listed: they have no row here.")
    @Rejects({FORBIDDEN})
    @AdminOnly("manages users and grants")
    @GetMapping("/users")
    UserListAnswer list() {
        return new UserListAnswer(users.all().stream().map(UserAnswer::of).toList());
    }

    @Operation(summary = "Replace a user's grants (ADMIN)", description = "unitCode * means every unit; an empty list takes every grant away.")
    @Rejects({FORBIDDEN, USER_NOT_FOUND})
    @AdminOnly("manages users and grants")
    @PutMapping(path = "/users/{username}/grants", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserAnswer replaceGrants(@Parameter(example = "ZZJJ-recorder") @PathVariable String username,
            @RequestBody GrantsRequest request) {
        users.replaceGrants(username, request.toGrants());
        return UserAnswer.of(users.find(username).orElseThrow());
    }

    @Operation(summary = "Disable a user (ADMIN)", description = "No login of the user succeeds any more; their entries keep their name.")
    @Rejects({FORBIDDEN, USER_NOT_FOUND})
    @AdminOnly("manages users and grants")
    @PostMapping("/users/{username}/disable")
    UserAnswer disable(@Parameter(example = "ZZJJ-recorder") @PathVariable String username) {
        users.disable(username);
        return UserAnswer.of(users.find(username).orElseThrow());
    }

    @Operation(summary = "The caller: user name, display name, administrator or not, grants",
            description = "For a Bearer JWT, as the token says (preferred_username, name, ledger_admin, ledger_grants).")
    @Rejects({})
    @GetMapping("/me")
    MeAnswer me() {
        return MeAnswer.of(CurrentUser.get());
    }

    @Operation(summary = "Change the caller's password",
            description = "A wrong currentPassword answers 400 VALIDATION_FAILED on the field currentPassword (and counts as a "
                    + "failed login of the name); a user of the OpenID issuer has no local password: 404 USER_NOT_FOUND.")
    @Rejects({USER_NOT_FOUND})
    @PostMapping(path = "/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody ChangePasswordRequest request) {
        users.changePassword(CurrentUser.get().username(), request.currentPassword(), request.newPassword());
    }
}
