package org.budgetledger.query.report;

import org.budgetledger.catalogue.ClassificationCatalogue;

/**
 * Row names from the classification catalogue. A code the catalogue does not know (renamed or
 * withdrawn since it was booked) keeps its row with an empty name rather than failing the
 * whole report; a fixed 类 of table 01 still gets its published name.
 */
final class Names {

    private final ClassificationCatalogue catalogue;

    Names(ClassificationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    String function(String code) {
        return catalogue.functionName(code).orElseGet(() -> {
            String fixed = ExpenditureClasses.name(code);
            return fixed == null ? "" : fixed;
        });
    }

    String economic(String code) {
        return catalogue.economicName(code).orElse("");
    }
}
