package org.budgetledger.platform.catalogue;

import java.nio.file.Path;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classification catalogues both sides use: the command side to reject unknown codes, the
 * query side to name report rows.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogueConfiguration {

    /** The shipped catalogues, overridden code by code by the files in {@code LEDGER_CATALOGUE_DIR} if set. */
    @Bean
    public ClassificationCatalogue classificationCatalogue(@Value("${ledger.catalogue-dir:}") String directory) {
        return ClassificationCatalogue.load(directory.isBlank() ? null : Path.of(directory));
    }
}
