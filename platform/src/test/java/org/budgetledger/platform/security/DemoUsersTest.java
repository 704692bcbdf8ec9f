package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's users: three per unit and one auditor, created once, with a random password shown only when created. */
class DemoUsersTest extends SecurityTestSupport {

    @Autowired
    DemoUsers demoUsers;

    @Test
    void createsThreeUsersPerUnitAndAnAuditorOnceAndShowsTheRandomPasswordOnlyThen() {
        String unit = "DEMO" + ProcessHandle.current().pid();

        DemoUsers.Report first = demoUsers.ensureDemoUsers(List.of(unit));
        DemoUsers.Report second = demoUsers.ensureDemoUsers(List.of(unit));

        assertThat(first.created()).contains(unit + "-recorder", unit + "-approver", unit + "-viewer");
        Matcher password = Pattern.compile("their password is (\\S+) \\(shown only this once").matcher(first.message());
        assertThat(password.find()).as(first.message()).isTrue();
        assertThat(first.toString()).doesNotContain(password.group(1));
        assertThat(second.created()).isEmpty();
        assertThat(second.existing()).contains(unit + "-recorder", DemoUsers.AUDITOR);
        assertThat(second.message()).doesNotContain(password.group(1));

        SecurityHttp.Answer me = http.get("/api/v1/me", basic(unit + "-approver", password.group(1)));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("grants").toString()).isEqualTo("[{\"unitCode\":\"" + unit + "\",\"role\":\"APPROVER\"}]");
        assertThat(users.find(DemoUsers.AUDITOR).orElseThrow().grants()).containsExactly(new Grant("*", Role.AUDITOR));
    }
}
