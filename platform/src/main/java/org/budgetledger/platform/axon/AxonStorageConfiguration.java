package org.budgetledger.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's serializers, all Jackson, on an {@link ObjectMapper} that belongs to the event store
 * alone: a setting of the web layer's JSON must never change what is stored.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    /** The mapper of stored events, snapshots and tokens. */
    public static ObjectMapper storageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Old events must always load, even after a field was dropped from a record.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Snapshots store the aggregate's private fields, which have no getters.
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jackson();
    }

    /** Axon's JPA token store as its auto-configuration builds it, whose tokens two nodes may create at once. */
    @Bean
    public TokenStore tokenStore(EntityManagerProvider entityManagerProvider, Serializer serializer,
                                 TokenStoreProperties tokenStoreProperties) {
        JpaTokenStore.Builder builder = JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .claimTimeout(tokenStoreProperties.getClaimTimeout());
        return new SerializedTokenInitialization(builder, entityManagerProvider);
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(storageObjectMapper()).build();
    }
}
