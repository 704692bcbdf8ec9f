package org.budgetledger.platform.request;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads JSON bodies into {@link ApiRequest} records with {@link RequestBinder}; every other body
 * type is left to Spring's own converters. Never writes.
 */
public class RequestBodyConverter extends AbstractHttpMessageConverter<Object> {

    private final ObjectMapper json;

    public RequestBodyConverter(ObjectMapper json) {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ApiRequest.class.isAssignableFrom(type) && type.isRecord();
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(input.getBody());
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("The body is not valid JSON", e, input);
        }
        return RequestBinder.bind(body, (Class<? extends Record>) type);
    }

    @Override
    protected void writeInternal(Object value, HttpOutputMessage output) {
        throw new IllegalStateException("never called: this converter only reads");
    }
}
