package org.budgetledger.ui.forms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.budgetledger.rejection.ErrorCode;
import org.budgetledger.rejection.FieldViolation;
import org.budgetledger.rejection.LedgerRejection;

/**
 * A refusal of the command API as a form shows it: each VALIDATION_FAILED field error beside the
 * form field it concerns, the rest (and errors of fields the form does not show) in the summary
 * above the form. Shared by every form, so that they all read the API's answer the same way.
 *
 * @param fields messages by form field name
 * @param general messages naming the API field they concern
 */
public record FormErrors(Map<String, List<String>> fields, List<String> general) {

    /**
     * Splits the rejection's violations; {@code formField} maps an API field to the form's name for it, {@code shown}
     * says whether the form shows that field. Sets the page's status: 400 for bad fields, 422 for a rule of the ledger.
     */
    public static FormErrors of(LedgerRejection rejection, UnaryOperator<String> formField, Predicate<String> shown,
            HttpServletResponse response) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        if (rejection.code() == ErrorCode.VALIDATION_FAILED) {
            for (FieldViolation violation : rejection.violations()) {
                String field = formField.apply(violation.field());
                if (shown.test(field)) {
                    fields.computeIfAbsent(field, ignored -> new ArrayList<>()).add(violation.message());
                } else {
                    general.add(violation.field() + " " + violation.message());
                }
            }
        }
        response.setStatus(rejection.code() == ErrorCode.VALIDATION_FAILED ? 400 : 422);
        return new FormErrors(fields, general);
    }
}
