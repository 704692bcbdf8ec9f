package org.budgetledger.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue per fiscal year: 2023, 2024 and 2025, their differences, and year-specific overrides. */
class ClassificationCatalogueYearsTest {

    private final ClassificationCatalogue shipped = ClassificationCatalogue.shipped();

    @Test
    void theShippedYearsAre2023To2025() {
        assertThat(shipped.years()).containsExactly(2023, 2024, 2025);
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025})
    void theSectionsOfEachYearAreExactlyThoseOfThatYearsEnumeration(int year) throws IOException {
        Map<String, String> enumerated = enumeration("catalogue/kuan-" + year + ".txt");
        Set<String> catalogued = shipped.functionCodes(year).keySet().stream()
                .filter(code -> code.length() == 5).collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(enumerated.keySet());
        missing.removeAll(catalogued);
        Set<String> extra = new TreeSet<>(catalogued);
        extra.removeAll(enumerated.keySet());

        assertThat(missing.isEmpty() && extra.isEmpty())
                .as("款 of %d: enumerated but not catalogued %s; catalogued but not enumerated %s", year,
                        missing.stream().map(code -> code + " " + enumerated.get(code)).toList(),
                        extra.stream().map(code -> code + " " + shipped.functionCodes(year).get(code)).toList())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025})
    void everyItemHasItsSectionAndClassAndEverySectionItsClassInTheSameYear(int year) {
        Map<String, String> codes = shipped.functionCodes(year);
        assertThat(codes.keySet()).allSatisfy(code -> assertThat(code).matches("[0-9]{3}|[0-9]{5}|[0-9]{7}"));
        assertThat(codes.keySet()).allSatisfy(code -> {
            if (code.length() >= 5) {
                assertThat(codes).as("%d: 类 of %s", year, code).containsKey(code.substring(0, 3));
            }
            if (code.length() == 7) {
                assertThat(codes).as("%d: 款 of %s", year, code).containsKey(code.substring(0, 5));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025})
    void governmentFundTourismSubjectIsBookableInEveryShippedYear(int year) {
        assertThat(shipped.isBookableFunctionCode("2070904", year)).isTrue();
        assertThat(shipped.functionName("2070904", year)).hasValue("地方旅游开发项目补助");
        assertThat(shipped.functionName("20709", year)).hasValue("旅游发展基金支出");
    }

    @Test
    void governmentFundTourismSubjectIsBookableIn2025() {
        assertThat(shipped.isBookableFunctionCode("2070904", 2025)).isTrue();
        assertThat(shipped.isBookableFunctionCode("2070904")).as("the newest year").isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025})
    void filmAndTourismGovernmentFundSectionsExist(int year) {
        assertThat(shipped.functionCodes(year))
                .containsEntry("207", "文化旅游体育与传媒支出")
                .containsEntry("20707", "国家电影事业发展专项资金安排的支出")
                .containsEntry("20709", "旅游发展基金支出")
                .containsEntry("20710", "国家电影事业发展专项资金对应专项债务收入安排的支出");
        assertThat(shipped.isBookableFunctionCode("2070702", year)).as("资助城市影院").isTrue();
        assertThat(shipped.isBookableFunctionCode("2071001", year)).as("资助城市影院 (专项债务)").isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025})
    void stateCapitalClassAndItsSectionsExist(int year) {
        assertThat(shipped.functionCodes(year))
                .containsEntry("223", "国有资本经营预算支出")
                .containsEntry("22301", "解决历史遗留问题及改革成本支出")
                .containsEntry("22302", "国有企业资本金注入")
                .containsEntry("22303", "国有企业政策性补贴")
                .containsEntry("22304", "金融国有资本经营预算支出")
                .containsEntry("22399", "其他国有资本经营预算支出");
        assertThat(shipped.isBookableFunctionCode("2230102", year)).as("“三供一业”移交补助支出").isTrue();
        assertThat(shipped.isBookableFunctionCode("2230201", year)).as("国有经济结构调整支出").isTrue();
        assertThat(shipped.isBookableFunctionCode("2230301", year)).as("国有企业政策性补贴").isTrue();
        assertThat(shipped.isBookableFunctionCode("2239901", year)).as("其他国有资本经营预算支出").isTrue();
    }

    @Test
    void cultivatedLandProtectionFundSectionIsAddedIn2024AndKeptIn2025() {
        assertThat(shipped.functionName("22006", 2023)).isEmpty();
        assertThat(shipped.functionName("22006", 2024)).hasValue("耕地保护考核奖惩基金支出");
        assertThat(shipped.functionName("22006", 2025)).hasValue("耕地保护考核奖惩基金支出");
    }

    @Test
    void financialInstitutionCapitalBondSubjectsAreAddedIn2025Only() {
        assertThat(shipped.isBookableFunctionCode("2170404", 2024)).isFalse();
        assertThat(shipped.isBookableFunctionCode("2170404", 2025)).isTrue();
        assertThat(shipped.functionName("2170404", 2025)).hasValue("中央金融机构注资特别国债支出");
        assertThat(shipped.functionName("22911", 2024)).isEmpty();
        assertThat(shipped.functionName("22911", 2025)).hasValue("中央金融机构注资特别国债财务基金支出");
        assertThat(shipped.functionName("23107", 2024)).isEmpty();
        assertThat(shipped.functionName("23107", 2025)).hasValue("中央金融机构注资特别国债还本支出");
    }

    @Test
    void aYearBeforeTheFirstShippedUsesTheFirstAndAYearAfterTheLastUsesTheLast() {
        assertThat(shipped.functionCodes(2019)).isEqualTo(shipped.functionCodes(2023));
        assertThat(shipped.functionCodes(2031)).isEqualTo(shipped.functionCodes(2025));
        assertThat(shipped.isBookableFunctionCode("2170404", 2020)).isFalse();
        assertThat(shipped.isBookableFunctionCode("2170404", 2026)).isTrue();
        assertThat(shipped.economicCodes(2019)).isEqualTo(shipped.economicCodes(2023));
    }

    @Test
    void theMethodsWithoutAYearAnswerForTheNewestYear() {
        assertThat(shipped.functionCodes()).isEqualTo(shipped.functionCodes(2025));
        assertThat(shipped.economicCodes()).isEqualTo(shipped.economicCodes(2025));
        assertThat(shipped.isBookableFunctionCode("2170404")).isTrue();
        assertThat(shipped.functionName("22911")).hasValue("中央金融机构注资特别国债财务基金支出");
    }

    @Test
    void theEconomicClassificationIsTheSameInEveryShippedYear() {
        for (int year : shipped.years()) {
            assertThat(shipped.economicCodes(year)).as("%d", year).isEqualTo(shipped.economicCodes(2023));
        }
        assertThat(shipped.isBookableEconomicCode("30201", 2024)).isTrue();
        assertThat(shipped.isBookableEconomicCode("302", 2024)).isFalse();
        assertThat(shipped.economicName("30212", 2025)).hasValue("因公出国（境）费用");
    }

    @Test
    void aCodeRetiredInALaterYearIsNotBookableThenButStillNamedForTheEarlierYear(@TempDir Path overrides)
            throws IOException {
        // No retirement between the shipped years could be established, so an operator's 2025 file retires one.
        Files.writeString(overrides.resolve("function-codes-2025.csv"), """
                # retired locally for 2025
                -2070904
                """, StandardCharsets.UTF_8);

        ClassificationCatalogue catalogue = ClassificationCatalogue.load(overrides);

        assertThat(catalogue.isBookableFunctionCode("2070904", 2024)).isTrue();
        assertThat(catalogue.isBookableFunctionCode("2070904", 2025)).isFalse();
        assertThat(catalogue.isBookableFunctionCode("2070904", 2027)).as("after the last year, the last year's").isFalse();
        assertThat(catalogue.isBookableFunctionCode("2070904")).as("the newest year").isFalse();
        assertThat(catalogue.functionName("2070904", 2024)).hasValue("地方旅游开发项目补助");
        assertThat(catalogue.functionName("2070904", 2025)).isEmpty();
        assertThat(catalogue.functionName("2070904")).as("reports name old rows").hasValue("地方旅游开发项目补助");
        assertThat(catalogue.isBookableFunctionCode("2070903", 2025)).as("its neighbours stay").isTrue();
    }

    @Test
    void retiringASectionRetiresItsItems(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("function-codes-2024.csv"), "-20709\n", StandardCharsets.UTF_8);

        ClassificationCatalogue catalogue = ClassificationCatalogue.load(overrides);

        assertThat(catalogue.functionCodes(2024).keySet()).noneMatch(code -> code.startsWith("20709"));
        assertThat(catalogue.functionCodes(2024)).containsKey("20710").containsKey("207");
        assertThat(catalogue.isBookableFunctionCode("2070904", 2023)).isTrue();
        assertThat(catalogue.isBookableFunctionCode("2070904", 2025)).as("a year file is for its year only").isTrue();
    }

    @Test
    void aYearOverrideAppliesToItsYearOnlyAfterTheGeneralOne(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve(ClassificationCatalogue.FUNCTION_FILE), """
                code,name
                2040220,执法办案（本地）
                2040288,道路交通安全专项（本地）
                """, StandardCharsets.UTF_8);
        Files.writeString(overrides.resolve("function-codes-2024.csv"), """
                code,name
                2040220,执法办案（2024年口径）
                +2040277,专项整治（2024年）
                """, StandardCharsets.UTF_8);
        Files.writeString(overrides.resolve("economic-codes-2025.csv"), "30201,办公费（2025年口径）\n",
                StandardCharsets.UTF_8);

        ClassificationCatalogue catalogue = ClassificationCatalogue.load(overrides);

        assertThat(catalogue.functionName("2040220", 2023)).hasValue("执法办案（本地）");
        assertThat(catalogue.functionName("2040220", 2024)).hasValue("执法办案（2024年口径）");
        assertThat(catalogue.functionName("2040220", 2025)).hasValue("执法办案（本地）");
        for (int year : catalogue.years()) {
            assertThat(catalogue.isBookableFunctionCode("2040288", year)).as("general override in %d", year).isTrue();
            assertThat(catalogue.isBookableFunctionCode("2040277", year)).as("2024 override in %d", year)
                    .isEqualTo(year == 2024);
        }
        assertThat(catalogue.economicName("30201", 2024)).hasValue("办公费");
        assertThat(catalogue.economicName("30201", 2025)).hasValue("办公费（2025年口径）");
        assertThat(shipped.functionName("2040220", 2024)).as("the shipped catalogue is unchanged").hasValue("执法办案");
    }

    @Test
    void aMalformedOverrideLineIsRejectedWithItsFileAndLine(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("function-codes-2025.csv"), "# fine\n-2070\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ClassificationCatalogue.load(overrides))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("function-codes-2025.csv line 2");
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025})
    void eachYearsChangeFileNamesItsSourceAndYearAndHoldsOnlyChanges(int year) throws IOException {
        List<String> lines = resourceLines("catalogue/function-codes-" + year + ".csv");
        String comments = lines.stream().takeWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
        assertThat(comments).contains("财政部《" + year + "年政府收支分类科目》").contains("incomplete").contains("override");
        List<String> changes = lines.stream().filter(line -> !line.startsWith("#")).toList();
        assertThat(changes).isNotEmpty().allSatisfy(line -> assertThat(line).matches("\\+[0-9]{3,7},[^,]+|-[0-9]{3,7}"));
        assertThat(changes).isSorted();
    }

    @Test
    void theBaseFilesNameTheirSource() throws IOException {
        assertThat(resourceLines("catalogue/" + ClassificationCatalogue.FUNCTION_FILE).get(1))
                .contains("财政部《2023年政府收支分类科目》");
        assertThat(String.join("\n", resourceLines("catalogue/" + ClassificationCatalogue.ECONOMIC_FILE)))
                .contains("财政部《2023年政府收支分类科目》").contains("2024").contains("2025");
    }

    private static Map<String, String> enumeration(String resource) throws IOException {
        Map<String, String> sections = new TreeMap<>();
        for (String line : resourceLines(resource)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split(" ", 2);
            assertThat(parts).as("%s line %s", resource, line).hasSize(2);
            assertThat(parts[0]).as("%s line %s", resource, line).matches("[0-9]{5}");
            assertThat(sections.put(parts[0], parts[1])).as("%s: %s twice", resource, parts[0]).isNull();
        }
        return sections;
    }

    private static List<String> resourceLines(String resource) throws IOException {
        try (InputStream in = ClassificationCatalogueYearsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
