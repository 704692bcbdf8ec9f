package org.budgetledger.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.budgetledger.rejection.FieldViolation;

/** An RFC 9457 problem as the ledger answers it: every refusal, with its stable {@code code}. */
@Schema(name = "Problem", description = "application/problem+json (RFC 9457) with the ledger's stable code")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://budget-ledger.org/problems/exceeds-available") String type,
        @Schema(example = "Expenditure exceeds the available balance") String title,
        @Schema(example = "422") int status,
        @Schema(example = "An expenditure of 500.00 exceeds the available 120.00 of line GENERAL_BUDGET/2040201/BASIC") String detail,
        @Schema(description = "The stable code clients branch on", example = "EXCEEDS_AVAILABLE") String code,
        @Schema(description = "For VALIDATION_FAILED: every bad field") List<FieldError> errors) {

    /** One bad field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "amount") String field,
            @Schema(example = "must have at most 2 decimals") String message) {

        static FieldError of(FieldViolation violation) {
            return new FieldError(violation.field(), violation.message());
        }
    }
}
