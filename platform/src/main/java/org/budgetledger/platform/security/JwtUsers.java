package org.budgetledger.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The caller of a Bearer JWT from the OpenID issuer ({@code ledger.oidc-issuer-uri}), once its
 * signature, issuer and expiry are verified: user name from {@code preferred_username}, display
 * name from {@code name}, grants from {@code ledger_grants} (a list of {@code "UNIT:ROLE"} such as
 * {@code ["ZZJJ:RECORDER","*:AUDITOR"]}), administrator if {@code ledger_admin} is {@code true}.
 * The issuer is the authority on such a user: none needs a row in the users table, and a row of
 * the same name is not consulted. A grant the ledger does not understand (unknown role,
 * malformed) is ignored, never widened; a token without {@code preferred_username} is refused.
 */
public class JwtUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String USERNAME_CLAIM = "preferred_username";
    public static final String GRANTS_CLAIM = "ledger_grants";
    public static final String ADMIN_CLAIM = "ledger_admin";
    public static final String NAME_CLAIM = "name";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.getClaimAsString(USERNAME_CLAIM);
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("The token has no " + USERNAME_CLAIM);
        }
        String name = jwt.getClaimAsString(NAME_CLAIM);
        boolean admin = Boolean.TRUE.equals(jwt.getClaimAsBoolean(ADMIN_CLAIM));
        return new LedgerAuthentication(new LedgerUser(username, name == null || name.isBlank() ? username : name, admin,
                grants(jwt)), jwt);
    }

    static List<Grant> grants(Jwt jwt) {
        Object claim = jwt.getClaims().get(GRANTS_CLAIM);
        List<Grant> grants = new ArrayList<>();
        if (!(claim instanceof Iterable<?> values)) {
            return grants;
        }
        for (Object value : values) {
            if (value instanceof String text && text.indexOf(':') > 0) {
                String unit = text.substring(0, text.lastIndexOf(':')).strip();
                String role = text.substring(text.lastIndexOf(':') + 1).strip();
                try {
                    Grant grant = new Grant(unit, Role.valueOf(role));
                    if (!grants.contains(grant)) {
                        grants.add(grant);
                    }
                } catch (IllegalArgumentException unknownRole) {
                    // ignored: a grant the ledger does not know gives no right
                }
            }
        }
        return grants;
    }
}
