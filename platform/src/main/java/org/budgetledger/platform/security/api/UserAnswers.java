package org.budgetledger.platform.security.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.platform.security.Grant;
import org.budgetledger.platform.security.LedgerUser;
import org.budgetledger.platform.security.Role;
import org.budgetledger.platform.security.SecurityEvent;
import org.budgetledger.platform.security.Users;

/** The answers of the user endpoints: never a password or a hash. */
final class UserAnswers {

    private UserAnswers() {
    }

    @Schema(name = "GrantView")
    record GrantView(@Schema(example = "ZZJJ") String unitCode, @Schema(example = "RECORDER") Role role) {

        static List<GrantView> of(List<Grant> grants) {
            return grants.stream().map(grant -> new GrantView(grant.unitCode(), grant.role())).toList();
        }
    }

    /** {@code GET /me}. */
    @Schema(name = "Me")
    record MeAnswer(@Schema(example = "ZZJJ-recorder") String username, @Schema(example = "张会计") String displayName,
            boolean admin, List<GrantView> grants) {

        static MeAnswer of(LedgerUser user) {
            return new MeAnswer(user.username(), user.displayName(), user.admin(), GrantView.of(user.grants()));
        }
    }

    /** One user of {@code GET /users}, or the one {@code POST /users} created. */
    @Schema(name = "User")
    record UserAnswer(@Schema(example = "ZZJJ-recorder") String username, @Schema(example = "张会计") String displayName,
            boolean admin, boolean enabled, List<GrantView> grants) {

        static UserAnswer of(Users.UserSummary user) {
            return new UserAnswer(user.username(), user.displayName(), user.admin(), user.enabled(), GrantView.of(user.grants()));
        }
    }

    @Schema(name = "UserList")
    record UserListAnswer(List<UserAnswer> users) {
    }

    @Schema(name = "SecurityEvents")
    record SecurityEventsAnswer(@Schema(description = "Newest first") List<SecurityEvent> events) {
    }
}
