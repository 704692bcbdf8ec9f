package org.budgetledger.ui.forms;

import java.util.List;

/**
 * One input of an entry form. {@code name} is the API's field name; {@code group} is the JSON
 * object it belongs to ({@code line}, {@code statistics}) or null for the body itself.
 */
public record Field(String name, String label, String type, boolean required, List<Options.Option> options, String group,
        String hint) {

    public static Field text(String name, String label, boolean required) {
        return new Field(name, label, "text", required, List.of(), null, null);
    }

    public static Field amount(String name, String label) {
        return new Field(name, label, "amount", true, List.of(), null, "元，最多两位小数，例如 12000.00");
    }

    public static Field date(String name, String label) {
        return new Field(name, label, "date", true, List.of(), null, null);
    }

    public static Field count(String name, String label) {
        return new Field(name, label, "count", false, List.of(), "statistics", null);
    }

    public static Field select(String name, String label, boolean required, List<Options.Option> options) {
        return new Field(name, label, "select", required, options, null, null);
    }

    public static Field function() {
        return new Field("functionCode", "支出功能分类（项，7位）", "function", true, List.of(), null, "输入编码或名称检索");
    }

    public static Field economic() {
        return new Field("economicCode", "支出经济分类（款，5位）", "economic", true, List.of(), null, "输入编码或名称检索");
    }

    Field named(String newName, String newLabel) {
        return new Field(newName, newLabel, type, required, options, group, hint);
    }

    /** The same input, which may be left empty (an empty input is not sent). */
    Field optional() {
        return new Field(name, label, type, false, options, group, hint);
    }

    Field hinted(String newHint) {
        return new Field(name, label, type, required, options, group, newHint);
    }

    Field inGroup(String jsonObject) {
        return new Field(name, label, type, required, options, jsonObject, hint);
    }
}
