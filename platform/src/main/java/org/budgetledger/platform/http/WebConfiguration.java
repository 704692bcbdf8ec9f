package org.budgetledger.platform.http;

import java.util.List;
import org.budgetledger.platform.request.RequestBodyConverter;
import org.budgetledger.platform.security.DepartmentVisibility;
import org.budgetledger.platform.security.SecurityEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.ObjectMapper;

/** The HTTP edge both sides share: request records bound field by field, and the ledger of a path. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ObjectMapper json;
    private final SecurityEvents securityEvents;
    private final ObjectProvider<DepartmentVisibility> departments;

    public WebConfiguration(ObjectMapper json, SecurityEvents securityEvents, ObjectProvider<DepartmentVisibility> departments) {
        this.json = json;
        this.securityEvents = securityEvents;
        this.departments = departments;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new RequestBodyConverter(json));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new LedgerRefResolver(securityEvents, departments.getIfAvailable(() -> DepartmentVisibility.NONE)));
    }
}
