package org.budgetledger.platform.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start: when no user exists, creates {@code admin} (an administrator, without any
 * grant on a ledger) with the password of {@code ledger.admin-password}
 * ({@code LEDGER_ADMIN_PASSWORD}), or a random one printed once on the console.
 *
 * <p>The random password goes to {@code System.out}, not to the log: logs are collected,
 * shipped and kept, and no password may ever be in one; the console of the first start is seen
 * once by whoever installs the ledger. Two processes starting at once on an empty database both
 * try, and only the one whose insert created the user prints (see {@link UserStore#insertIfNoUser}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FirstAdmin implements ApplicationRunner {

    public static final String USERNAME = "admin";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final SecuritySettings settings;

    FirstAdmin(Users users, SecuritySettings settings) {
        SecuritySettings.checkStartupPassword(settings.adminPassword(), "ledger.admin-password (LEDGER_ADMIN_PASSWORD)");
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUser()) {
            return;
        }
        boolean random = settings.adminPassword() == null;
        String password = random ? randomPassword() : settings.adminPassword();
        if (users.createFirstAdmin(USERNAME, password)) {
            System.out.println(random
                    ? "budget-ledger: created user '" + USERNAME + "' (administrator) with the password " + password
                            + " (shown only this once; set LEDGER_ADMIN_PASSWORD to choose it)"
                    : "budget-ledger: created user '" + USERNAME + "' (administrator) with the password of LEDGER_ADMIN_PASSWORD");
        }
    }

    /** 24 characters of URL-safe base64: 144 random bits. */
    static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
