package org.budgetledger.rejection;

/** One bad field of a request, as listed in a {@code VALIDATION_FAILED} problem. */
public record FieldViolation(String field, String message) {
}
