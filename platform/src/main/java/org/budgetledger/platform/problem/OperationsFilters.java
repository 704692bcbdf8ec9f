package org.budgetledger.platform.problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.ObjectMapper;

/** The servlet filters that sit outside Spring Security's chain (which is at order -100). */
@Configuration(proxyBeanMethods = false)
public class OperationsFilters {

    /** Outermost, so that every log line of a request, the outage filter's included, carries its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After the request id, before security: a body too large is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(ObjectMapper json,
            @Value("${ledger.max-body-size:1MB}") DataSize maxBody, @Value("${ledger.max-journal-size:64MB}") DataSize maxJournal) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
                new BodyLimitFilter(json, maxBody.toBytes(), maxJournal.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    /** Beside the body limit: a NUL in a query parameter is refused before anything reaches the database with it. */
    @Bean
    FilterRegistrationBean<NulParameterFilter> nulParameterFilter(ObjectMapper json) {
        FilterRegistrationBean<NulParameterFilter> registration = new FilterRegistrationBean<>(new NulParameterFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 17);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ObjectMapper json) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
