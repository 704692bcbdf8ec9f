package org.budgetledger.ui.layout;

import java.util.stream.Collectors;
import org.budgetledger.platform.security.Action;
import org.budgetledger.platform.security.CurrentUser;
import org.budgetledger.platform.security.LedgerUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the logged-in user into every page's model, so the header shows who is working and with
 * which roles (pages without a user, such as the login page, get none).
 */
@ControllerAdvice(basePackages = "org.budgetledger.ui")
public class UiUser {

    /** What the header shows: the name, the grants as 单位:角色, and the approvals inbox for an APPROVER of some unit. */
    public record Shown(String username, String displayName, boolean admin, String roles, boolean approves) {
    }

    @ModelAttribute("me")
    public Shown me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof LedgerUser)) {
            return null;
        }
        LedgerUser user = CurrentUser.get();
        String roles = user.grants().stream().map(grant -> (grant.unitCode().equals("*") ? "全部单位" : grant.unitCode()) + " "
                + RoleNames.of(grant.role())).collect(Collectors.joining("，"));
        return new Shown(user.username(), user.displayName(), user.admin(), (user.admin() ? "管理员" + (roles.isEmpty() ? "" : "，") : "")
                + roles, user.mayOnSomeUnit(Action.APPROVE));
    }
}
