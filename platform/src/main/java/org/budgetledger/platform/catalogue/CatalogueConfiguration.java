package org.budgetledger.platform.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.catalogue.ClassificationCatalogue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classification catalogues both sides use: the command side to reject unknown codes, the
 * query side to name report rows.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogueConfiguration.CatalogueSettings.class)
public class CatalogueConfiguration {

    /**
     * Where the operator's catalogue files are ({@code ledger.catalogue-dir}, {@code LEDGER_CATALOGUE_DIR}).
     *
     * @param catalogueDir a directory with {@code function-codes.csv} and/or {@code economic-codes.csv}
     *        (and per-year {@code function-codes-YYYY.csv}) that add or rename codes at start-up; null for none
     */
    @ConfigurationProperties(prefix = "ledger")
    public record CatalogueSettings(Path catalogueDir) {

        public CatalogueSettings {
            if (catalogueDir != null && !catalogueDir.toString().isBlank() && !Files.isDirectory(catalogueDir)) {
                throw new IllegalArgumentException("ledger.catalogue-dir (LEDGER_CATALOGUE_DIR) is not a directory: " + catalogueDir);
            }
        }
    }

    /** The shipped catalogues, overridden code by code by the operator's files if any. */
    @Bean
    public ClassificationCatalogue classificationCatalogue(CatalogueSettings settings) {
        Path directory = settings.catalogueDir();
        return ClassificationCatalogue.load(directory == null || directory.toString().isBlank() ? null : directory);
    }
}
