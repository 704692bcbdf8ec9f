package org.budgetledger.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated caller: its principal is the {@link LedgerUser}, whatever the mechanism
 * (HTTP Basic, the login form, a Bearer JWT), which is what {@link CurrentUser} reads. Holds no
 * password; for a JWT the credentials are the token, as Spring's own JWT authentication keeps them.
 */
public class LedgerAuthentication extends AbstractAuthenticationToken {

    private final LedgerUser user;
    private final transient Object credentials;

    public LedgerAuthentication(LedgerUser user, Object credentials) {
        super(authorities(user));
        this.user = user;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    /** {@code ROLE_USER} for everyone, {@code ROLE_ADMIN} for an administrator; ledger rights are checked on the grants. */
    static List<GrantedAuthority> authorities(LedgerUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (user.admin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return authorities;
    }

    @Override
    public LedgerUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public String toString() {
        return "LedgerAuthentication[" + user.username() + "]";
    }
}
