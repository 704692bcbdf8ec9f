package org.budgetledger.query.replay;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails on an event must stop there, not skip it. Axon's default logs the
 * failure and moves the token on, which would leave a read model silently short of an entry
 * (and its position claiming otherwise). Propagating the failure rolls the batch back with its
 * token; the processor retries it with a growing pause until the cause is fixed.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionErrorHandling {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
