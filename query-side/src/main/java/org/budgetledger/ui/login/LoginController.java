package org.budgetledger.ui.login;

import org.budgetledger.platform.security.LoginPage;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page of the UI (the browser filter chain posts the form and keeps the session). */
@Controller
class LoginController {

    static final String PATH = "/login";

    @GetMapping(PATH)
    String login() {
        return "login/login";
    }

    /** Tells the browser chain to use this page instead of Spring Security's default one. */
    @Bean
    static LoginPage uiLoginPage() {
        return () -> PATH;
    }
}
