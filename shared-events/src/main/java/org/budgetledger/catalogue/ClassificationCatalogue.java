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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The government classification codes (政府收支分类科目) the ledger accepts: function codes
 * (类 3 digits, 款 5, 项 7) and economic codes (类 3 digits, 款 5), with their names.
 *
 * <p>The shipped catalogues are {@code catalogue/function-codes.csv} and
 * {@code catalogue/economic-codes.csv} on the classpath. An operator can add or rename codes
 * without a rebuild by placing files of the same names and format in a directory given at
 * start-up; their rows override the shipped ones code by code.
 *
 * <p>File format: UTF-8, one {@code code,name} pair per line, lines starting with {@code #}
 * are comments.
 */
public final class ClassificationCatalogue {

    public static final String FUNCTION_FILE = "function-codes.csv";
    public static final String ECONOMIC_FILE = "economic-codes.csv";

    private final Map<String, String> functionCodes;
    private final Map<String, String> economicCodes;

    private ClassificationCatalogue(Map<String, String> functionCodes, Map<String, String> economicCodes) {
        this.functionCodes = Collections.unmodifiableMap(new TreeMap<>(functionCodes));
        this.economicCodes = Collections.unmodifiableMap(new TreeMap<>(economicCodes));
    }

    /** The shipped catalogues only. */
    public static ClassificationCatalogue shipped() {
        return load(null);
    }

    /**
     * The shipped catalogues, overridden by the files of the same names in {@code overrideDirectory}
     * where they exist.
     */
    public static ClassificationCatalogue load(Path overrideDirectory) {
        Map<String, String> functions = readResource(FUNCTION_FILE);
        Map<String, String> economics = readResource(ECONOMIC_FILE);
        if (overrideDirectory != null) {
            functions.putAll(readFile(overrideDirectory.resolve(FUNCTION_FILE)));
            economics.putAll(readFile(overrideDirectory.resolve(ECONOMIC_FILE)));
        }
        return new ClassificationCatalogue(functions, economics);
    }

    /** The name of a function code of any level, if known. */
    public Optional<String> functionName(String code) {
        return Optional.ofNullable(code == null ? null : functionCodes.get(code));
    }

    /** The name of an economic code of any level, if known. */
    public Optional<String> economicName(String code) {
        return Optional.ofNullable(code == null ? null : economicCodes.get(code));
    }

    /** Whether the code is a known 7-digit function 项, the level entries are booked on. */
    public boolean isBookableFunctionCode(String code) {
        return code != null && code.length() == 7 && functionCodes.containsKey(code);
    }

    /** Whether the code is a known 5-digit economic 款, the level expenditures carry. */
    public boolean isBookableEconomicCode(String code) {
        return code != null && code.length() == 5 && economicCodes.containsKey(code);
    }

    /** Every function code with its name, in code order. */
    public Map<String, String> functionCodes() {
        return functionCodes;
    }

    /** Every economic code with its name, in code order. */
    public Map<String, String> economicCodes() {
        return economicCodes;
    }

    private static Map<String, String> readResource(String name) {
        String resource = "catalogue/" + name;
        try (InputStream in = ClassificationCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The shipped catalogue " + resource + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parse(Reader source, String origin) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(source);
        String row;
        int lineNumber = 0;
        while ((row = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = row.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("code,name")) {
                continue;
            }
            int comma = trimmed.indexOf(',');
            String code = comma < 0 ? "" : trimmed.substring(0, comma).strip();
            String name = comma < 0 ? "" : trimmed.substring(comma + 1).strip();
            if (!code.matches("[0-9]{3}|[0-9]{5}|[0-9]{7}") || name.isEmpty()) {
                throw new IllegalStateException(origin + " line " + lineNumber + ": expected 'code,name' with a 3, 5 or 7 digit code, got: " + row);
            }
            codes.put(code, name);
        }
        return codes;
    }
}
