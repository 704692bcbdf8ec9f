package org.budgetledger.query.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The two published documents of shared/reference/seeds, copied into the test resources. */
final class Seeds {

    static final String ZHUZHOU = "lint/zhuzhou-traffic-police-2023-final-accounts.txt";
    static final String YANLING = "lint/yanling-traffic-police-2023-performance-report.txt";

    private Seeds() {
    }

    static String text(String resource) {
        try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
