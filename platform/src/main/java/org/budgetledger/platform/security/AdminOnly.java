package org.budgetledger.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint for administrators only (users, grants, projections). Checked before anything of
 * the request is read ({@link AdminOnlyInterceptor}), so that a caller without the right learns
 * nothing from the validation of a body they may not send.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AdminOnly {

    /** What only an administrator does, for the refusal's detail. */
    String value();

    /** Whether an APPROVER on every unit ({@code *}) may too: what decides who sees whose books across units. */
    boolean orApproverEverywhere() default false;
}
