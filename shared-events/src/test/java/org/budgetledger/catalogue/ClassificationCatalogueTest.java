package org.budgetledger.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationCatalogueTest {

    private final ClassificationCatalogue shipped = ClassificationCatalogue.shipped();

    /** Every function code of the reference unit's 2023 final accounts (tables 03/05 and the 年初预算 narrative). */
    private static final Map<String, String> REFERENCE_FUNCTION_CODES = entries(
            "204", "公共安全支出",
            "20402", "公安",
            "2040201", "行政运行",
            "2040202", "一般行政管理事务",
            "2040219", "信息化建设",
            "2040220", "执法办案",
            "2040299", "其他公安支出",
            "208", "社会保障和就业支出",
            "20805", "行政事业单位养老支出",
            "2080501", "行政单位离退休",
            "2080505", "机关事业单位基本养老保险缴费支出",
            "2080506", "机关事业单位职业年金缴费支出",
            "20808", "抚恤",
            "2080801", "死亡抚恤",
            "2080802", "伤残抚恤",
            "210", "卫生健康支出",
            "21001", "卫生健康管理事务",
            "2100199", "其他卫生健康管理事务支出",
            "21011", "行政事业单位医疗",
            "2101101", "行政单位医疗",
            "2101102", "事业单位医疗",
            "2101103", "公务员医疗补助",
            "2101199", "其他行政事业单位医疗支出",
            "212", "城乡社区支出",
            "21205", "城乡社区环境卫生",
            "2120501", "城乡社区环境卫生",
            "221", "住房保障支出",
            "22102", "住房改革支出",
            "2210201", "住房公积金");

    /** The 26 expenditure 类 rows of table 01 (收入支出决算总表), with the names printed there. */
    private static final Map<String, String> TABLE_01_CLASSES = entries(
            "201", "一般公共服务支出",
            "202", "外交支出",
            "203", "国防支出",
            "204", "公共安全支出",
            "205", "教育支出",
            "206", "科学技术支出",
            "207", "文化旅游体育与传媒支出",
            "208", "社会保障和就业支出",
            "210", "卫生健康支出",
            "211", "节能环保支出",
            "212", "城乡社区支出",
            "213", "农林水支出",
            "214", "交通运输支出",
            "215", "资源勘探工业信息等支出",
            "216", "商业服务业等支出",
            "217", "金融支出",
            "219", "援助其他地区支出",
            "220", "自然资源海洋气象等支出",
            "221", "住房保障支出",
            "222", "粮油物资储备支出",
            "223", "国有资本经营预算支出",
            "224", "灾害防治及应急管理支出",
            "229", "其他支出",
            "231", "债务还本支出",
            "232", "债务付息支出",
            "234", "抗疫特别国债安排的支出");

    /** Every economic code of the reference unit's table 06 (basic expenditure by economic classification). */
    private static final Map<String, String> REFERENCE_ECONOMIC_CODES = entries(
            "301", "工资福利支出",
            "30101", "基本工资",
            "30102", "津贴补贴",
            "30103", "奖金",
            "30106", "伙食补助费",
            "30107", "绩效工资",
            "30108", "机关事业单位基本养老保险缴费",
            "30109", "职业年金缴费",
            "30110", "职工基本医疗保险缴费",
            "30111", "公务员医疗补助缴费",
            "30112", "其他社会保障缴费",
            "30113", "住房公积金",
            "30114", "医疗费",
            "30199", "其他工资福利支出",
            "302", "商品和服务支出",
            "30201", "办公费",
            "30202", "印刷费",
            "30203", "咨询费",
            "30204", "手续费",
            "30205", "水费",
            "30206", "电费",
            "30207", "邮电费",
            "30208", "取暖费",
            "30209", "物业管理费",
            "30211", "差旅费",
            "30212", "因公出国（境）费用",
            "30213", "维修（护）费",
            "30214", "租赁费",
            "30215", "会议费",
            "30216", "培训费",
            "30217", "公务接待费",
            "30218", "专用材料费",
            "30224", "被装购置费",
            "30225", "专用燃料费",
            "30226", "劳务费",
            "30227", "委托业务费",
            "30228", "工会经费",
            "30229", "福利费",
            "30231", "公务用车运行维护费",
            "30239", "其他交通费用",
            "30240", "税金及附加费用",
            "30299", "其他商品和服务支出",
            "303", "对个人和家庭的补助",
            "30301", "离休费",
            "30302", "退休费",
            "30303", "退职（役）费",
            "30304", "抚恤金",
            "30305", "生活补助",
            "30306", "救济费",
            "30307", "医疗费补助",
            "30308", "助学金",
            "30309", "奖励金",
            "30310", "个人农业生产补贴",
            "30311", "代缴社会保险费",
            "30399", "其他对个人和家庭的补助",
            "307", "债务利息及费用支出",
            "30701", "国内债务付息",
            "30702", "国外债务付息",
            "310", "资本性支出",
            "31001", "房屋建筑物购建",
            "31002", "办公设备购置",
            "31003", "专用设备购置",
            "31005", "基础设施建设",
            "31006", "大型修缮",
            "31007", "信息网络及软件购置更新",
            "31008", "物资储备",
            "31009", "土地补偿",
            "31010", "安置补助",
            "31011", "地上附着物和青苗补偿",
            "31012", "拆迁补偿",
            "31013", "公务用车购置",
            "31019", "其他交通工具购置",
            "31021", "文物和陈列品购置",
            "31022", "无形资产购置",
            "31099", "其他资本性支出",
            "399", "其他支出",
            "39907", "国家赔偿费用支出",
            "39908", "对民间非营利组织和群众性自治组织补贴",
            "39909", "经常性赠与",
            "39910", "资本性赠与",
            "39999", "其他支出");

    @Test
    void everyFunctionCodeOfTheReferenceUnitIsPresentWithItsName() {
        assertThat(shipped.functionCodes()).containsAllEntriesOf(REFERENCE_FUNCTION_CODES);
        assertThat(shipped.functionName("2040220")).hasValue("执法办案");
    }

    @Test
    void everyExpenditureClassOfTable01IsPresentWithItsName() {
        assertThat(TABLE_01_CLASSES).hasSize(26);
        assertThat(shipped.functionCodes()).containsAllEntriesOf(TABLE_01_CLASSES);
    }

    @Test
    void everyEconomicCodeOfTheReferenceUnitIsPresentWithItsName() {
        assertThat(shipped.economicCodes()).containsAllEntriesOf(REFERENCE_ECONOMIC_CODES);
        assertThat(shipped.economicName("30212")).hasValue("因公出国（境）费用");
    }

    @Test
    void theEconomicClassesAreTheDepartmentBudgetOnes() {
        assertThat(codesOfLength(shipped.economicCodes(), 3)).containsExactly(
                "301", "302", "303", "307", "309", "310", "311", "312", "313", "399");
        assertThat(shipped.economicCodes()).containsEntry("309", "资本性支出（基本建设）")
                .containsEntry("311", "对企业补助（基本建设）")
                .containsEntry("312", "对企业补助")
                .containsEntry("313", "对社会保障基金补助")
                .containsEntry("31013", "公务用车购置");
    }

    @Test
    void everyFunctionItemHasItsSectionAndClassAndEverySectionItsClass() {
        Map<String, String> codes = shipped.functionCodes();
        assertThat(codes.keySet()).allSatisfy(code -> assertThat(code).matches("[0-9]{3}|[0-9]{5}|[0-9]{7}"));
        List<String> items = codesOfLength(codes, 7);
        List<String> sections = codesOfLength(codes, 5);
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(codes).as("款 of %s", item).containsKey(item.substring(0, 5));
            assertThat(codes).as("类 of %s", item).containsKey(item.substring(0, 3));
        });
        assertThat(sections).isNotEmpty().allSatisfy(section ->
                assertThat(codes).as("类 of %s", section).containsKey(section.substring(0, 3)));
    }

    @Test
    void everyEconomicSectionHasItsClassAndThereAreNoDeeperLevels() {
        Map<String, String> codes = shipped.economicCodes();
        assertThat(codes.keySet()).allSatisfy(code -> assertThat(code).matches("[0-9]{3}|[0-9]{5}"));
        assertThat(codesOfLength(codes, 5)).isNotEmpty().allSatisfy(section ->
                assertThat(codes).as("类 of %s", section).containsKey(section.substring(0, 3)));
    }

    @Test
    void onlyKnownSevenDigitFunctionCodesAreBookable() {
        assertThat(shipped.isBookableFunctionCode("2040201")).isTrue();
        assertThat(shipped.isBookableFunctionCode("2101199")).isTrue();
        assertThat(shipped.isBookableFunctionCode("204")).as("a 类").isFalse();
        assertThat(shipped.isBookableFunctionCode("20402")).as("a 款").isFalse();
        assertThat(shipped.isBookableFunctionCode("2040298")).as("an unknown 项").isFalse();
        assertThat(shipped.isBookableFunctionCode("9999999")).as("an unknown 项").isFalse();
        assertThat(shipped.isBookableFunctionCode("20402011")).isFalse();
        assertThat(shipped.isBookableFunctionCode("")).isFalse();
        assertThat(shipped.isBookableFunctionCode(null)).isFalse();
    }

    @Test
    void onlyKnownFiveDigitEconomicCodesAreBookable() {
        assertThat(shipped.isBookableEconomicCode("30201")).isTrue();
        assertThat(shipped.isBookableEconomicCode("302")).isFalse();
        assertThat(shipped.isBookableEconomicCode("30298")).isFalse();
        assertThat(shipped.isBookableEconomicCode(null)).isFalse();
    }

    @Test
    void theShippedFilesAreSortedWithoutDuplicatesOrCommasInNames() throws IOException {
        for (String file : List.of(ClassificationCatalogue.FUNCTION_FILE, ClassificationCatalogue.ECONOMIC_FILE)) {
            List<String> lines = resourceLines("catalogue/" + file);
            assertThat(lines.get(0)).as("%s starts with a comment", file).startsWith("#");
            String comments = lines.stream().takeWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
            assertThat(comments).as("%s header", file).contains("2023").contains("override");
            int header = lines.indexOf("code,name");
            assertThat(header).as("%s has a code,name header", file).isPositive();
            List<String> codes = new ArrayList<>();
            for (String line : lines.subList(header + 1, lines.size())) {
                assertThat(line).as("%s row", file).matches("[0-9]{3,7},[^,]+");
                codes.add(line.substring(0, line.indexOf(',')));
            }
            assertThat(codes).as("%s codes", file).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void anOverrideDirectoryAddsAndRenamesCodes(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve(ClassificationCatalogue.FUNCTION_FILE), """
                # local additions for this unit
                code,name
                2040288,道路交通安全专项（本地）
                2040220,执法办案（含涉案车辆停车保管）
                """, StandardCharsets.UTF_8);
        Files.writeString(overrides.resolve(ClassificationCatalogue.ECONOMIC_FILE), """
                code,name
                30201,办公费（含印刷）
                """, StandardCharsets.UTF_8);

        ClassificationCatalogue catalogue = ClassificationCatalogue.load(overrides);

        assertThat(catalogue.functionName("2040288")).hasValue("道路交通安全专项（本地）");
        assertThat(catalogue.isBookableFunctionCode("2040288")).isTrue();
        assertThat(catalogue.functionName("2040220")).hasValue("执法办案（含涉案车辆停车保管）");
        assertThat(catalogue.economicName("30201")).hasValue("办公费（含印刷）");
        assertThat(catalogue.functionName("2040201")).as("untouched codes stay").hasValue("行政运行");
        assertThat(catalogue.functionCodes()).hasSize(shipped.functionCodes().size() + 1);
        assertThat(catalogue.economicCodes()).hasSize(shipped.economicCodes().size());

        assertThat(shipped.isBookableFunctionCode("2040288")).as("the shipped catalogue is unchanged").isFalse();
        assertThat(ClassificationCatalogue.shipped().functionName("2040220")).hasValue("执法办案");
    }

    @Test
    void anOverrideDirectoryWithoutOneOfTheFilesKeepsTheShippedCodes(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve(ClassificationCatalogue.FUNCTION_FILE), "2040288,道路交通安全专项（本地）\n",
                StandardCharsets.UTF_8);

        ClassificationCatalogue catalogue = ClassificationCatalogue.load(overrides);

        assertThat(catalogue.functionName("2040288")).hasValue("道路交通安全专项（本地）");
        assertThat(catalogue.economicCodes()).isEqualTo(shipped.economicCodes());
    }

    private static List<String> codesOfLength(Map<String, String> codes, int length) {
        return codes.keySet().stream().filter(code -> code.length() == length).toList();
    }

    private static List<String> resourceLines(String resource) throws IOException {
        try (InputStream in = ClassificationCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private static Map<String, String> entries(String... codesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return map;
    }
}
