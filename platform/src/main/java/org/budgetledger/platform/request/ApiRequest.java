package org.budgetledger.platform.request;

/**
 * A request body of the HTTP contract: a Java record bound field by field by
 * {@link RequestBinder}, so that every bad field is reported at once, then checked by the
 * record itself for what its fields' types cannot say (patterns, fields that depend on one another).
 */
public interface ApiRequest {

    /** Rules across fields, checked after every field has its type; fields that failed to bind are null. */
    default void check(Violations violations) {
    }
}
