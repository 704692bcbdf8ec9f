package org.budgetledger.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.budgetledger.rejection.ErrorCode;

/**
 * The problem codes an endpoint can answer, besides those every endpoint of its kind can
 * ({@link ProblemDocumentation} adds VALIDATION_FAILED, UNAUTHENTICATED, TOO_MANY_FAILED_LOGINS and INTERNAL_ERROR to all, and
 * REQUEST_ID_CONFLICT and CONCURRENT_MODIFICATION to every command). The API description lists
 * them under their HTTP statuses, so a client knows every code it must handle.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Rejects {

    ErrorCode[] value();
}
