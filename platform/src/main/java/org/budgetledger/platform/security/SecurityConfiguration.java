package org.budgetledger.platform.security;

import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

/**
 * Who may call what, in one place, for every process (command side, query side, standalone).
 *
 * <p>Two filter chains, the API's first:
 * <ul>
 * <li>{@code /api/**}: stateless, no CSRF (no cookie authenticates it, so no forged request
 * can ride on one), HTTP Basic for scripts and the journal and, when {@code ledger.oidc-issuer-uri}
 * is set, Bearer JWTs of that issuer ({@link JwtUsers}). Every request needs a user; refusals are
 * problem+json ({@link ProblemRefusals}). A request of another process on behalf of a user of its
 * own (the web UI's) carries a signed {@link UserAssertions user assertion} instead, checked by
 * {@link UserAssertionFilter} before HTTP Basic.</li>
 * <li>everything else: the browser's, with the login form, a session cookie and CSRF protection;
 * a page without a user redirects to the login page. Public: the health probe, the API
 * description and its page, the login page, static assets and the error page.</li>
 * </ul>
 * Which ledger a user may read or change is not decided here but by {@link LedgerAccess}, on
 * the grants of the {@link LedgerUser} every mechanism leaves as the principal.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration implements WebMvcConfigurer {

    /** What anyone may fetch without a user. */
    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**",
            "/assets/**", "/webjars/**"};

    private final SecurityEvents events;

    public SecurityConfiguration(SecurityEvents events) {
        this.events = events;
    }

    /** bcrypt, in Spring Security's delegating format ({@code {bcrypt}…}), so that the algorithm can change later. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** HTTP Basic's verification; being a bean, it also keeps Spring Boot from creating its default user. */
    @Bean
    public PasswordLogin basicLogin(Users users, PasswordEncoder passwords, CredentialCache cache, LoginThrottle throttle) {
        return new PasswordLogin(users, passwords, cache, throttle, events, "HTTP Basic", false);
    }

    @Bean
    public ProblemRefusals problemRefusals(ObjectMapper json) {
        return new ProblemRefusals(json, events);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiChain(HttpSecurity http, PasswordLogin basicLogin, ProblemRefusals refusals,
            SecuritySettings settings, UserAssertions assertions, Users users) throws Exception {
        JwtAuthenticationProvider jwtLogin = null;
        if (settings.oidcIssuerUri() != null) {
            jwtLogin = new JwtAuthenticationProvider(jwtDecoder(settings.oidcIssuerUri()));
            jwtLogin.setJwtAuthenticationConverter(new JwtUsers());
        }
        // One manager for both mechanisms of the chain: HTTP Basic and, when configured, Bearer JWT.
        AuthenticationManager logins = jwtLogin == null ? new ProviderManager(basicLogin) : new ProviderManager(basicLogin, jwtLogin);
        // The metrics are the API chain's too: a scraper sends HTTP Basic credentials of an administrator.
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authenticationManager(logins)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.realmName(ProblemRefusals.REALM).authenticationEntryPoint(refusals))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new UserAssertionFilter(assertions, users, refusals, events), BasicAuthenticationFilter.class);
        if (settings.oidcIssuerUri() != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(refusals)
                    .accessDeniedHandler(refusals)
                    .jwt(jwt -> jwt.authenticationManager(logins)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain browserChain(HttpSecurity http, Users users, PasswordEncoder passwords, CredentialCache cache,
            LoginThrottle throttle, ObjectProvider<LoginPage> loginPage) throws Exception {
        LoginPage page = loginPage.getIfAvailable();
        http.authenticationManager(new ProviderManager(
                        new PasswordLogin(users, passwords, cache, throttle, events, "login form", true)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                // Form login's own entry point redirects to the login page; a custom entry point would turn off
                // Spring's default page, which serves a process without a UI of its own.
                .formLogin(page == null ? Customizer.withDefaults()
                        : form -> form.loginPage(page.path()).defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl(page == null ? "/login?logout" : page.path() + "?logout"));
        return http.build();
    }

    /**
     * The issuer's keys are fetched at the first token, not at start-up, so that a process
     * starts while the issuer is still starting; the issuer of each token is validated against
     * {@code ledger.oidc-issuer-uri}, as are its signature and its expiry.
     */
    static JwtDecoder jwtDecoder(URI issuer) {
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer.toString()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RefusalRecorder(events));
        // After the recorder, so that the recorder's afterCompletion sees the 403 this one answers.
        registry.addInterceptor(new AdminOnlyInterceptor());
    }
}
