package org.budgetledger.query.api;

import org.budgetledger.catalogue.ClassificationCatalogue;
import org.budgetledger.query.publication.PublicationDocxWriter;
import org.budgetledger.query.report.ConsistencyCheck;
import org.budgetledger.query.report.ReportBuilder;
import org.budgetledger.query.report.ReportCsvWriter;
import org.budgetledger.query.report.ReportXlsxWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report engine is plain Java; this makes its parts beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadSideSettings.class)
class ReportConfiguration {

    @Bean
    ReportBuilder reportBuilder(ClassificationCatalogue catalogue) {
        return new ReportBuilder(catalogue);
    }

    @Bean
    ConsistencyCheck consistencyCheck(ReportBuilder builder) {
        return new ConsistencyCheck(builder);
    }

    @Bean
    ReportCsvWriter reportCsvWriter() {
        return new ReportCsvWriter();
    }

    @Bean
    ReportXlsxWriter reportXlsxWriter() {
        return new ReportXlsxWriter();
    }

    @Bean
    PublicationDocxWriter publicationDocxWriter() {
        return new PublicationDocxWriter();
    }
}
