package org.budgetledger.query.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * 第四部分 名词解释: the standard definitions every 部门决算 prints (as the Zhuzhou publication words
 * them), one entry a line in {@code publication/glossary.txt}. They are the same for every unit,
 * so they are text of the build, not of the ledger.
 */
final class Glossary {

    private static final String RESOURCE = "publication/glossary.txt";
    private static final List<String> ENTRIES = load();

    private Glossary() {
    }

    static List<String> entries() {
        return ENTRIES;
    }

    private static List<String> load() {
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
