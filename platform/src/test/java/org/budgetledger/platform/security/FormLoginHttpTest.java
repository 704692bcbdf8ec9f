package org.budgetledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The browser's way in: the login form, with its CSRF token and a session cookie; every form login is an event. */
class FormLoginHttpTest extends SecurityTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Test
    void theLoginFormLogsInWithItsCsrfTokenAndIsALoginEvent() throws Exception {
        String name = userWith("form", "form-password");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();

        assertThat(login(browser, base, name, "form-password", "not-the-token").statusCode())
                .as("without the right CSRF token").isEqualTo(403);
        HttpResponse<String> loggedIn = login(browser, base, name, "form-password", csrf.group(1));

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(StreamSupport.stream(http.get("/api/v1/security-events?limit=1000", admin()).json().get("events").spliterator(), false)
                .anyMatch(event -> event.get("type").asString().equals("LOGIN") && !event.get("username").isNull()
                        && event.get("username").asString().equals(name) && event.get("detail").asString().equals("login form")))
                .isTrue();
    }

    private static HttpResponse<String> login(HttpClient browser, String base, String username, String password, String csrf)
            throws Exception {
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
