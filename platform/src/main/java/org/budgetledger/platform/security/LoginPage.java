package org.budgetledger.platform.security;

/**
 * A process that serves its own login page (the web UI) says where it is; without one, the
 * browser chain shows Spring Security's default page. The form posts {@code username} and
 * {@code password} to the same path, with the CSRF token.
 */
public interface LoginPage {

    String path();
}
