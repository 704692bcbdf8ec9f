package org.budgetledger.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Money is whole fen (0.01 yuan) in a {@code long}. This class converts between fen and the
 * decimal strings of the HTTP contract: yuan with at most two decimals on the way in, yuan
 * with exactly two decimals and 万元 (10,000 yuan) rounded half-up on the way out.
 */
public final class Money {

    /** One 万元 (10,000 yuan) in fen. */
    public static final long FEN_PER_WAN_YUAN = 1_000_000L;

    // Up to 13 integer digits keeps every sum of a year's entries far inside a long.
    private static final Pattern YUAN = Pattern.compile("(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?");

    private Money() {
    }

    /**
     * Parses a non-negative yuan amount such as {@code "94111500.00"} into fen.
     *
     * @throws IllegalArgumentException with a message fit for the user when the text is not a
     *     non-negative number with at most two decimals
     */
    public static long parseYuan(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("-")) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (!YUAN.matcher(trimmed).matches()) {
            if (trimmed.matches("[0-9]+\\.[0-9]{3,}")) {
                throw new IllegalArgumentException("must have at most 2 decimals");
            }
            throw new IllegalArgumentException("must be an amount in yuan such as \"1234.50\"");
        }
        return new BigDecimal(trimmed).movePointRight(2).longValueExact();
    }

    /** Formats fen as yuan with exactly two decimals: {@code 123456 -> "1234.56"}. */
    public static String formatYuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * Formats fen as 万元 with two decimals, rounded half-up on its own. Report cells are made
     * this way from exact totals, which is why a printed total may differ by 0.01 from the sum
     * of its printed rows.
     */
    public static String formatWanYuan(long fen) {
        return wanYuan(fen).toPlainString();
    }

    /** Fen as 万元 rounded half-up to two decimals. */
    public static BigDecimal wanYuan(long fen) {
        return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(FEN_PER_WAN_YUAN), 2, RoundingMode.HALF_UP);
    }

    /**
     * A percentage of two exact amounts, rounded half-up to two decimals ({@code "85.60"}), or
     * {@code null} when the denominator is zero.
     */
    public static String percent(long numeratorFen, long denominatorFen) {
        if (denominatorFen == 0) {
            return null;
        }
        return BigDecimal.valueOf(numeratorFen).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominatorFen), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
