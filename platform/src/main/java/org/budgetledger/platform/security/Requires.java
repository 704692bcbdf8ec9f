package org.budgetledger.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The action a ledger endpoint performs. The {@code LedgerRef} of the request is resolved
 * only for a caller whose grants allow it ({@code LedgerRefResolver}), so that a handler
 * holding a {@code LedgerRef} is already authorized.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    Action value();
}
