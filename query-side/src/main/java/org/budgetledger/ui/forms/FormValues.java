package org.budgetledger.ui.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** A submitted form's fields, stripped, without the framework's own ({@code _csrf}): what is sent and shown again. */
public final class FormValues {

    private FormValues() {
    }

    public static Map<String, String> of(MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!name.startsWith("_") && !list.isEmpty()) {
                values.put(name, list.get(0) == null ? "" : list.get(0).strip());
            }
        });
        return values;
    }
}
