package org.budgetledger.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What to tell the client when a text field does not match the {@code pattern} of its
 * {@code @Schema}: the pattern documents the field, this message explains it in words.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Mismatch {

    String value();
}
