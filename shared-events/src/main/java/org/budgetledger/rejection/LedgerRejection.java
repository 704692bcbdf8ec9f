package org.budgetledger.rejection;

import java.util.List;

/**
 * A request the ledger refuses, with its stable code. Thrown anywhere (request parsing, the
 * aggregate, the read side) and turned into problem+json in one place.
 */
public class LedgerRejection extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldViolation> violations;

    public LedgerRejection(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public LedgerRejection(ErrorCode code, String detail, List<FieldViolation> violations) {
        super(detail);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    /** A {@code VALIDATION_FAILED} rejection listing the bad fields. */
    public static LedgerRejection invalid(List<FieldViolation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " fields are not valid";
        return new LedgerRejection(ErrorCode.VALIDATION_FAILED, detail, violations);
    }

    public static LedgerRejection invalid(String field, String message) {
        return invalid(List.of(new FieldViolation(field, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
