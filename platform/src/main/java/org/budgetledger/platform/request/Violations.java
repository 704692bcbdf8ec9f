package org.budgetledger.platform.request;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.rejection.FieldViolation;
import org.budgetledger.rejection.LedgerRejection;

/**
 * The bad fields of one request, collected instead of stopping at the first, so that a
 * {@code VALIDATION_FAILED} answer names them all. A nested object reports under its path
 * ({@code line.fund}, {@code dispositions[1].disposition}).
 */
public final class Violations {

    private final List<FieldViolation> list;
    private final String prefix;

    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<FieldViolation> list, String prefix) {
        this.list = list;
        this.prefix = prefix;
    }

    /** The same collection, for the fields of the nested object at {@code path}. */
    public Violations at(String path) {
        return new Violations(list, field(path));
    }

    public void reject(String field, String message) {
        list.add(new FieldViolation(field(field), message));
    }

    /** Whether a field (or any field under it) was already reported. */
    public boolean has(String field) {
        String name = field(field);
        return list.stream().anyMatch(v -> v.field().equals(name) || v.field().startsWith(name + ".")
                || v.field().startsWith(name + "["));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws {@code VALIDATION_FAILED} with every bad field, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw LedgerRejection.invalid(List.copyOf(list));
        }
    }

    private String field(String name) {
        if (prefix.isEmpty()) {
            return name;
        }
        return name.startsWith("[") ? prefix + name : prefix + "." + name;
    }
}
