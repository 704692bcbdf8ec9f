package org.budgetledger.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The government classification codes (政府收支分类科目) the ledger accepts, year by year: function
 * codes (支出功能分类: 类 3 digits, 款 5, 项 7) and economic codes (部门预算支出经济分类: 类 3 digits,
 * 款 5), with their names. The function classification covers the general-budget, government-fund
 * (政府性基金预算) and state-capital (国有资本经营预算, 类 223) subjects alike, because a unit's
 * budget lines of every fund are booked on the same 7-digit 项.
 *
 * <h2>Why per year, and why as changes</h2>
 * The Ministry of Finance publishes the classification anew for every fiscal year
 * (财政部《20xx年政府收支分类科目》) and revises it during the year by notice; codes are added,
 * renamed and retired. A ledger must accept the codes of its own fiscal year, and a report on an old
 * year must still name that year's rows. From one year to the next only a handful of the ~1,600
 * codes change, so the shipped catalogue is one full file for the base year plus one change file
 * per later year, rather than a full copy per year: a reviewer reads a year's revision as the
 * Ministry's notices state it (增设/删除), a correction of a long-standing name is made once instead
 * of once per copy, and the year-to-year differences cannot hide among 1,600 identical rows.
 * <ul>
 *   <li>{@code catalogue/function-codes.csv}: the full function classification of the base year
 *       ({@value #BASE_YEAR}), {@code code,name} lines.</li>
 *   <li>{@code catalogue/function-codes-YYYY.csv} for every later shipped year: the changes against
 *       the year before, {@code +code,name} (add, or rename) and {@code -code} (retire) lines. Each
 *       year is the year before with its changes applied, so a change file states only what that
 *       year's documents changed.</li>
 *   <li>{@code catalogue/economic-codes.csv}: the economic classification; no change to it between
 *       the shipped years is known, so that one file answers for every year. A file
 *       {@code economic-codes-YYYY.csv} in the same change format would be applied like the
 *       function ones if one is ever needed.</li>
 * </ul>
 * Retiring a 类 or 款 retires its 款 and 项 with it. Plain {@code code,name} lines are accepted in
 * change files too and mean the same as {@code +code,name}.
 *
 * <h2>Years outside the shipped ones</h2>
 * {@link #years()} are the fiscal years shipped. A ledger of a year before the first shipped year
 * uses the first shipped year's subjects, and one of a year after the last the last year's: an
 * older ledger is better served by the nearest known classification than refused altogether, and a
 * new year's classification normally starts as the previous one with a few changes, which an
 * operator can add through an override until a catalogue for that year is shipped.
 *
 * <h2>Methods without a year</h2>
 * The methods without a fiscal year ({@link #isBookableFunctionCode(String)},
 * {@link #functionCodes()}, …) answer for the newest shipped year, except {@link #functionName(String)}
 * and {@link #economicName(String)}: a report names rows that may have been booked in an older year
 * on a code retired since, so they answer the newest year's name and, for a code the newest year does
 * not know, the name of the latest earlier year that knows it.
 *
 * <h2>Operator overrides</h2>
 * An operator can add, rename or retire codes without a rebuild through a directory given at
 * start-up. A file there named like the base files ({@value #FUNCTION_FILE},
 * {@value #ECONOMIC_FILE}) applies to every year; a file named for a year
 * ({@code function-codes-2024.csv}, {@code economic-codes-2024.csv}) applies to that year only, after
 * the general one. Overrides are applied after all shipped files, so they win over them.
 *
 * <p>File format, shipped and override alike: UTF-8, one {@code code,name}, {@code +code,name} or
 * {@code -code} per line, lines starting with {@code #} are comments, a {@code code,name} header line
 * is skipped.
 */
public final class ClassificationCatalogue {

    public static final String FUNCTION_FILE = "function-codes.csv";
    public static final String ECONOMIC_FILE = "economic-codes.csv";

    /** The year the base files {@value #FUNCTION_FILE} and {@value #ECONOMIC_FILE} describe. */
    public static final int BASE_YEAR = 2023;

    /** The fiscal years shipped, consecutive, starting with {@link #BASE_YEAR}. */
    static final List<Integer> SHIPPED_YEARS = List.of(2023, 2024, 2025);

    private static final String FUNCTION_PREFIX = "function-codes";
    private static final String ECONOMIC_PREFIX = "economic-codes";

    private final NavigableMap<Integer, Map<String, String>> functionCodesByYear;
    private final NavigableMap<Integer, Map<String, String>> economicCodesByYear;

    private ClassificationCatalogue(NavigableMap<Integer, Map<String, String>> functionCodesByYear,
                                    NavigableMap<Integer, Map<String, String>> economicCodesByYear) {
        this.functionCodesByYear = Collections.unmodifiableNavigableMap(functionCodesByYear);
        this.economicCodesByYear = Collections.unmodifiableNavigableMap(economicCodesByYear);
    }

    /** The shipped catalogues only. */
    public static ClassificationCatalogue shipped() {
        return load(null);
    }

    /**
     * The shipped catalogues, overridden by the files in {@code overrideDirectory} where they exist:
     * the general files ({@value #FUNCTION_FILE}, {@value #ECONOMIC_FILE}) for every year, then the
     * year files ({@code function-codes-YYYY.csv}, {@code economic-codes-YYYY.csv}) for their year.
     * {@code null} means no overrides.
     */
    public static ClassificationCatalogue load(Path overrideDirectory) {
        return new ClassificationCatalogue(
                byYear(FUNCTION_PREFIX, true, overrideDirectory),
                byYear(ECONOMIC_PREFIX, false, overrideDirectory));
    }

    /** The fiscal years the shipped catalogues describe, in order. */
    public Set<Integer> years() {
        return Collections.unmodifiableSet(new TreeSet<>(functionCodesByYear.keySet()));
    }

    // ---- function codes ------------------------------------------------------------------------

    /**
     * Whether the code is a 7-digit function 项 of the given fiscal year's classification, the level
     * entries are booked on.
     */
    public boolean isBookableFunctionCode(String code, int fiscalYear) {
        return code != null && code.length() == 7 && functionCodes(fiscalYear).containsKey(code);
    }

    /** The name of a function code of any level in the given fiscal year's classification, if it has it. */
    public Optional<String> functionName(String code, int fiscalYear) {
        return Optional.ofNullable(code == null ? null : functionCodes(fiscalYear).get(code));
    }

    /** Every function code of the given fiscal year's classification with its name, in code order. */
    public Map<String, String> functionCodes(int fiscalYear) {
        return forYear(functionCodesByYear, fiscalYear);
    }

    /** Whether the code is a 7-digit function 项 of the newest shipped year. */
    public boolean isBookableFunctionCode(String code) {
        return isBookableFunctionCode(code, newestYear());
    }

    /**
     * The name of a function code of any level: the newest shipped year's name, or, for a code that
     * year no longer has, the name in the latest earlier year that has it (reports name old rows).
     */
    public Optional<String> functionName(String code) {
        return nameInAnyYear(functionCodesByYear, code);
    }

    /** Every function code of the newest shipped year with its name, in code order. */
    public Map<String, String> functionCodes() {
        return functionCodes(newestYear());
    }

    // ---- economic codes ------------------------------------------------------------------------

    /** Whether the code is a 5-digit economic 款 of the given fiscal year, the level expenditures carry. */
    public boolean isBookableEconomicCode(String code, int fiscalYear) {
        return code != null && code.length() == 5 && economicCodes(fiscalYear).containsKey(code);
    }

    /** The name of an economic code of any level in the given fiscal year's classification, if it has it. */
    public Optional<String> economicName(String code, int fiscalYear) {
        return Optional.ofNullable(code == null ? null : economicCodes(fiscalYear).get(code));
    }

    /** Every economic code of the given fiscal year's classification with its name, in code order. */
    public Map<String, String> economicCodes(int fiscalYear) {
        return forYear(economicCodesByYear, fiscalYear);
    }

    /** Whether the code is a 5-digit economic 款 of the newest shipped year. */
    public boolean isBookableEconomicCode(String code) {
        return isBookableEconomicCode(code, newestYear());
    }

    /**
     * The name of an economic code of any level: the newest shipped year's name, or, for a code that
     * year no longer has, the name in the latest earlier year that has it.
     */
    public Optional<String> economicName(String code) {
        return nameInAnyYear(economicCodesByYear, code);
    }

    /** Every economic code of the newest shipped year with its name, in code order. */
    public Map<String, String> economicCodes() {
        return economicCodes(newestYear());
    }

    // ---- loading -------------------------------------------------------------------------------

    private int newestYear() {
        return functionCodesByYear.lastKey();
    }

    private static Map<String, String> forYear(NavigableMap<Integer, Map<String, String>> byYear, int fiscalYear) {
        int year = Math.max(byYear.firstKey(), Math.min(byYear.lastKey(), fiscalYear));
        return byYear.get(year);
    }

    private static Optional<String> nameInAnyYear(NavigableMap<Integer, Map<String, String>> byYear, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Map<String, String> codes : byYear.descendingMap().values()) {
            String name = codes.get(code);
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Every shipped year's codes: the base file, then each year's shipped changes cumulatively, then
     * the general override and the year's own override for that year only.
     */
    private static NavigableMap<Integer, Map<String, String>> byYear(String prefix, boolean changeFilesRequired,
                                                                     Path overrideDirectory) {
        List<Change> general = overrideDirectory == null ? List.of()
                : readFile(overrideDirectory.resolve(prefix + ".csv"));
        TreeMap<String, String> shipped = new TreeMap<>();
        apply(shipped, readResource(prefix + ".csv", true));
        NavigableMap<Integer, Map<String, String>> byYear = new TreeMap<>();
        for (int year : SHIPPED_YEARS) {
            if (year != BASE_YEAR) {
                apply(shipped, readResource(prefix + "-" + year + ".csv", changeFilesRequired));
            }
            TreeMap<String, String> codes = new TreeMap<>(shipped);
            apply(codes, general);
            if (overrideDirectory != null) {
                apply(codes, readFile(overrideDirectory.resolve(prefix + "-" + year + ".csv")));
            }
            byYear.put(year, Collections.unmodifiableMap(codes));
        }
        return byYear;
    }

    private static void apply(TreeMap<String, String> codes, List<Change> changes) {
        for (Change change : changes) {
            if (change.name() != null) {
                codes.put(change.code(), change.name());
            } else {
                // Retiring a 类 or 款 retires everything below it, every code that starts with it.
                codes.keySet().removeIf(code -> code.startsWith(change.code()));
            }
        }
    }

    /** One line of a catalogue file: add or rename {@code code} (name given) or retire it (name null). */
    private record Change(String code, String name) {
    }

    private static List<Change> readResource(String name, boolean required) {
        String resource = "catalogue/" + name;
        try (InputStream in = ClassificationCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("The shipped catalogue " + resource + " is missing from the classpath");
                }
                return List.of();
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Change> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Change> parse(Reader source, String origin) throws IOException {
        List<Change> changes = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String row;
        int lineNumber = 0;
        while ((row = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = row.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("code,name")) {
                continue;
            }
            if (trimmed.startsWith("-")) {
                String code = trimmed.substring(1).strip();
                if (!isCode(code)) {
                    throw new IllegalStateException(origin + " line " + lineNumber
                            + ": expected '-code' with a 3, 5 or 7 digit code, got: " + row);
                }
                changes.add(new Change(code, null));
                continue;
            }
            String line = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
            int comma = line.indexOf(',');
            String code = comma < 0 ? "" : line.substring(0, comma).strip();
            String name = comma < 0 ? "" : line.substring(comma + 1).strip();
            if (!isCode(code) || name.isEmpty()) {
                throw new IllegalStateException(origin + " line " + lineNumber
                        + ": expected 'code,name', '+code,name' or '-code' with a 3, 5 or 7 digit code, got: " + row);
            }
            changes.add(new Change(code, name));
        }
        return changes;
    }

    private static boolean isCode(String code) {
        return code.matches("[0-9]{3}|[0-9]{5}|[0-9]{7}");
    }
}
