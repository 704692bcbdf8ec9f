package org.budgetledger.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The users of the demo ({@code --demo}): for each unit U, {@code U-recorder} (RECORDER on U),
 * {@code U-approver} (APPROVER on U) and {@code U-viewer} (VIEWER on U), and one {@code auditor}
 * (AUDITOR on every unit), all with the password of {@code ledger.demo-password}
 * ({@code LEDGER_DEMO_PASSWORD}) or a random one. Users that exist already are left as they are,
 * so a second start changes nothing; race-safe like every creation ({@link Users#createIfAbsent}).
 */
@Service
public class DemoUsers {

    public static final String AUDITOR = "auditor";

    private final Users users;
    private final SecuritySettings settings;

    DemoUsers(Users users, SecuritySettings settings) {
        SecuritySettings.checkStartupPassword(settings.demoPassword(), "ledger.demo-password (LEDGER_DEMO_PASSWORD)");
        this.users = users;
        this.settings = settings;
    }

    /** Creates the demo users that do not exist yet; answers what to print (see {@link Report#message()}). */
    public Report ensureDemoUsers(List<String> unitCodes) {
        boolean random = settings.demoPassword() == null;
        String password = random ? FirstAdmin.randomPassword() : settings.demoPassword();
        List<String> created = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (String unit : unitCodes) {
            ensure(unit + "-recorder", unit + " 经办", password, List.of(new Grant(unit, Role.RECORDER)), created, existing);
            ensure(unit + "-approver", unit + " 财务负责人", password, List.of(new Grant(unit, Role.APPROVER)), created, existing);
            ensure(unit + "-viewer", unit + " 查阅", password, List.of(new Grant(unit, Role.VIEWER)), created, existing);
        }
        ensure(AUDITOR, "审计", password, List.of(new Grant(Grant.EVERY_UNIT, Role.AUDITOR)), created, existing);
        return new Report(created, existing, message(created, existing, random, password));
    }

    private void ensure(String username, String displayName, String password, List<Grant> grants, List<String> created,
            List<String> existing) {
        (users.createIfAbsent(username, password, displayName, false, grants) ? created : existing).add(username);
    }

    private static String message(List<String> created, List<String> existing, boolean random, String password) {
        StringBuilder text = new StringBuilder();
        if (!created.isEmpty()) {
            text.append("Demo users created: ").append(String.join(", ", created)).append(random
                    ? "; their password is " + password + " (shown only this once; set LEDGER_DEMO_PASSWORD to choose it)"
                    : "; their password is the one of LEDGER_DEMO_PASSWORD");
        }
        if (!existing.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append("Demo users already there (passwords unchanged): ")
                    .append(String.join(", ", existing));
        }
        return text.toString();
    }

    /**
     * What {@link #ensureDemoUsers} did.
     *
     * @param created the users created by this call
     * @param existing the users that existed already
     * @param message what to print on the console (not in the log): the names, and where their
     *        password comes from; a random password is in it only when this call created users with it
     */
    public record Report(List<String> created, List<String> existing, String message) {

        public Report {
            created = List.copyOf(created);
            existing = List.copyOf(existing);
        }

        /** Never the message: it may hold a password. */
        @Override
        public String toString() {
            return "DemoUsers.Report[created=" + created + ", existing=" + existing + "]";
        }
    }
}
