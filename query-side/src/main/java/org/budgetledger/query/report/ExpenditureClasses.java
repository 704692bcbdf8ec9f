package org.budgetledger.query.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 26 expenditure 类 that tables 01 and 04 list every year, with the names the published
 * table 01 prints (without its ordinals 一、二、…, which are layout, not name).
 */
public final class ExpenditureClasses {

    static final Map<String, String> FIXED = fixed();

    private ExpenditureClasses() {
    }

    /**
     * The 类 rows in code order: the 26 fixed ones, zero or not, and any other 类 that has a
     * non-zero figure, so that a row total always equals the sum of the 类 above it.
     *
     * @param figures each 类's figures, one per column
     * @param otherNames names for 类 outside the fixed list
     */
    static List<TableRow> rows(Map<String, long[]> figures, List<ReportColumn> columns, Names otherNames) {
        Map<String, String> classes = new TreeMap<>(FIXED);
        figures.forEach((code, values) -> {
            if (!classes.containsKey(code) && !Measure.allZero(values)) {
                classes.put(code, otherNames.function(code));
            }
        });
        long[] zero = new long[columns.size()];
        return classes.entrySet().stream()
                .map(entry -> TableRow.amounts(entry.getKey(), entry.getValue(), 1, columns,
                        figures.getOrDefault(entry.getKey(), zero)))
                .toList();
    }

    /** The 26 fixed 类 of the layout, code to name, in the published order (the lint reads the tables' rows by them). */
    public static Map<String, String> fixedClasses() {
        return FIXED;
    }

    /** The name of a fixed 类, or null. */
    static String name(String classCode) {
        return FIXED.get(classCode);
    }

    private static Map<String, String> fixed() {
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("201", "一般公共服务支出");
        classes.put("202", "外交支出");
        classes.put("203", "国防支出");
        classes.put("204", "公共安全支出");
        classes.put("205", "教育支出");
        classes.put("206", "科学技术支出");
        classes.put("207", "文化旅游体育与传媒支出");
        classes.put("208", "社会保障和就业支出");
        classes.put("210", "卫生健康支出");
        classes.put("211", "节能环保支出");
        classes.put("212", "城乡社区支出");
        classes.put("213", "农林水支出");
        classes.put("214", "交通运输支出");
        classes.put("215", "资源勘探工业信息等支出");
        classes.put("216", "商业服务业等支出");
        classes.put("217", "金融支出");
        classes.put("219", "援助其他地区支出");
        classes.put("220", "自然资源海洋气象等支出");
        classes.put("221", "住房保障支出");
        classes.put("222", "粮油物资储备支出");
        classes.put("223", "国有资本经营预算支出");
        classes.put("224", "灾害防治及应急管理支出");
        classes.put("229", "其他支出");
        classes.put("231", "债务还本支出");
        classes.put("232", "债务付息支出");
        classes.put("234", "抗疫特别国债安排的支出");
        return Collections.unmodifiableMap(classes);
    }
}
