package org.budgetledger.platform.request;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetledger.money.Money;
import org.budgetledger.rejection.LedgerRejection;
import tools.jackson.databind.JsonNode;

/**
 * Binds a JSON object to a request record, component by component, collecting every field of
 * the wrong type or shape instead of stopping at the first as a plain Jackson binding would.
 *
 * <p>What a component accepts is said once, by its Java type and its {@code @Schema}, which
 * also document it in the OpenAPI description: {@code requiredMode = REQUIRED} makes it
 * required, {@code pattern} (with the {@link Mismatch} message) constrains a text,
 * {@code minimum}/{@code maximum} a whole number. Texts are stripped and a blank text counts as
 * absent. Unknown fields are ignored, so that clients written against a later version still work.
 */
public final class RequestBinder {

    /** The longest text any field takes. */
    public static final int MAX_TEXT = 500;

    private RequestBinder() {
    }

    /** The request, or {@code VALIDATION_FAILED} naming every bad field. */
    public static <T extends Record> T bind(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw LedgerRejection.invalid("body", "must be a JSON object");
        }
        Violations violations = new Violations();
        T request = bind(body, type, violations);
        violations.throwIfAny();
        return request;
    }

    /** Binds into an existing collection of violations; the result's bad fields are null. */
    public static <T extends Record> T bind(JsonNode object, Class<T> type, Violations violations) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            Schema schema = annotation(type, component, Schema.class);
            JsonNode node = object.get(component.getName());
            Object value = node == null || node.isNull() ? null
                    : value(node, component.getGenericType(), component.getName(), schema, annotation(type, component, Mismatch.class), violations);
            boolean required = schema != null && schema.requiredMode() == Schema.RequiredMode.REQUIRED;
            if (value == null && required && !violations.has(component.getName())) {
                violations.reject(component.getName(), "is required");
            }
            values[i] = value != null ? value : defaultOf(types[i]);
        }
        T request = construct(type, types, values);
        if (request instanceof ApiRequest checked) {
            checked.check(violations);
        }
        return request;
    }

    private static Object value(JsonNode node, Type declared, String field, Schema schema, Mismatch mismatch,
            Violations violations) {
        Class<?> raw = declared instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) declared;
        if (raw == String.class) {
            return text(node, field, schema, mismatch, violations);
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return wholeNumber(node, raw, field, schema, violations);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) {
                violations.reject(field, "must be true or false");
                return null;
            }
            return node.booleanValue();
        }
        if (raw == Yuan.class) {
            return yuan(node, field, violations);
        }
        if (raw == LocalDate.class) {
            String text = text(node, field, null, null, violations);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                violations.reject(field, "must be a date as YYYY-MM-DD");
                return null;
            }
        }
        if (raw.isEnum()) {
            return enumValue(node, raw, field, violations);
        }
        if (raw == List.class) {
            if (!node.isArray()) {
                violations.reject(field, "must be a list");
                return null;
            }
            Type element = ((ParameterizedType) declared).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String path = field + "[" + i + "]";
                JsonNode item = node.get(i);
                Object value = item == null || item.isNull() ? null : value(item, element, path, null, null, violations);
                if (value == null && !violations.has(path)) {
                    violations.reject(path, "is required");
                }
                list.add(value);
            }
            return list;
        }
        if (raw == JsonNode.class) {
            // Left to the request's own check, for a value whose type depends on another field.
            return node;
        }
        if (raw == Map.class) {
            if (!node.isObject()) {
                violations.reject(field, "must be an object");
                return null;
            }
            Type valueType = ((ParameterizedType) declared).getActualTypeArguments()[1];
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String path = field + "." + entry.getKey();
                JsonNode item = entry.getValue();
                Object value = item == null || item.isNull() ? null : value(item, valueType, path, null, null, violations);
                if (value == null && !violations.has(path)) {
                    violations.reject(path, "is required");
                }
                map.put(entry.getKey(), value);
            }
            return map;
        }
        if (raw.isRecord()) {
            if (!node.isObject()) {
                violations.reject(field, "must be an object with " + Arrays.stream(raw.getRecordComponents())
                        .map(RecordComponent::getName).collect(Collectors.joining(", ")));
                return null;
            }
            @SuppressWarnings("unchecked")
            Class<? extends Record> recordType = (Class<? extends Record>) raw;
            return bind(node, recordType, violations.at(field));
        }
        throw new IllegalStateException("A request component of type " + declared + " cannot be bound");
    }

    private static String text(JsonNode node, String field, Schema schema, Mismatch mismatch, Violations violations) {
        if (!node.isString()) {
            violations.reject(field, "must be a string");
            return null;
        }
        String value = node.stringValue().strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            violations.reject(field, "must be at most " + MAX_TEXT + " characters");
            return null;
        }
        if (schema != null && !schema.pattern().isEmpty() && !Pattern.compile(schema.pattern()).matcher(value).matches()) {
            violations.reject(field, mismatch != null ? mismatch.value() : "must match " + schema.pattern());
            return null;
        }
        return value;
    }

    private static Object wholeNumber(JsonNode node, Class<?> raw, String field, Schema schema, Violations violations) {
        long min = schema != null && !schema.minimum().isEmpty() ? Long.parseLong(schema.minimum()) : Long.MIN_VALUE;
        long max = schema != null && !schema.maximum().isEmpty() ? Long.parseLong(schema.maximum()) : Long.MAX_VALUE;
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            violations.reject(field, min == Long.MIN_VALUE ? "must be a whole number"
                    : "must be a whole number from " + min + " to " + max);
            return null;
        }
        long value = node.asLong();
        if ((raw == Integer.class || raw == int.class) && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            violations.reject(field, "must be a whole number");
            return null;
        }
        return raw == Integer.class || raw == int.class ? (Object) (int) value : (Object) value;
    }

    /**
     * An amount in yuan read as an amount field is, or null with the field reported: for a
     * request whose values are amounts or not depending on another field.
     */
    public static Yuan yuan(JsonNode node, String field, Violations violations) {
        if (!node.isString() && !node.isNumber()) {
            violations.reject(field, "must be an amount in yuan such as \"1234.50\"");
            return null;
        }
        try {
            // A JSON number is read through its decimal value: its text form would be written in
            // scientific notation from 10,000,000 on ("9.41115E7") and refused as not an amount.
            return new Yuan(Money.parseYuan(node.isString() ? node.stringValue() : node.decimalValue().toPlainString()));
        } catch (IllegalArgumentException e) {
            violations.reject(field, e.getMessage());
            return null;
        } catch (RuntimeException e) {
            // A JSON number beyond a double (1e400 reads as infinity) or beyond a long of fen: not an amount (FuzzTest).
            violations.reject(field, "must be an amount in yuan such as \"1234.50\"");
            return null;
        }
    }

    private static Object enumValue(JsonNode node, Class<?> type, String field, Violations violations) {
        if (node.isString()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(node.stringValue())) {
                    return constant;
                }
            }
        }
        violations.reject(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
        return null;
    }

    private static Object defaultOf(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(Class<?> type, RecordComponent component,
            Class<A> annotation) {
        try {
            Field field = type.getDeclaredField(component.getName());
            A found = field.getAnnotation(annotation);
            return found != null ? found : component.getAccessor().getAnnotation(annotation);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static <T> T construct(Class<T> type, Class<?>[] types, Object[] values) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }
}
