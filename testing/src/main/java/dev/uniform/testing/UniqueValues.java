package dev.uniform.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Values that no other call of this JVM returns, within the bounds a field allows, for the fields of test requests that
 * must be unique: tests that share a database then never clash. They start at a point taken from the clock, so that a
 * second run against the same database (continuous testing in dev mode) does not meet the first run's values either.
 */
public final class UniqueValues {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() / 1000 % 1_000_000_000L);

    private UniqueValues() {}

    /**
     * {@code example} with a fresh token appended, cut or padded with {@code x} to fit the length bounds; unique as
     * long as {@code maxLength} leaves room for the token (about 6 characters).
     */
    public static String text(String example, int minLength, int maxLength) {
        String token = Long.toString(SEQUENCE.incrementAndGet(), 36);
        String text = example + " " + token;
        if (text.length() > maxLength) {
            text = text.substring(text.length() - maxLength);
        }
        return text.length() < minLength ? text + "x".repeat(minLength - text.length()) : text;
    }

    /** An e-mail address whose local part is a fresh token. */
    public static String email() {
        return Long.toString(SEQUENCE.incrementAndGet(), 36) + "@example.com";
    }

    /** A whole number in {@code [min, max]}, distinct from the previous ones while the range lasts. */
    public static long number(long min, long max) {
        long range = max - min + 1;
        long offset = range <= 0 ? SEQUENCE.incrementAndGet() : Math.floorMod(SEQUENCE.incrementAndGet(), range);
        return min + offset;
    }

    /** An amount with two decimals in {@code [min, max]}, distinct from the previous ones while the range lasts. */
    public static BigDecimal decimal(BigDecimal min, BigDecimal max) {
        long lowest = min.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
        long highest = max.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
        return BigDecimal.valueOf(number(lowest, highest), 2);
    }

    /** A day, distinct from the previous ones for thousands of years. */
    public static LocalDate date() {
        return LocalDate.of(1970, 1, 1).plusDays(SEQUENCE.incrementAndGet() % 2_000_000);
    }

    /** An instant in whole seconds, so that it reads back as it was written. */
    public static Instant instant() {
        return Instant.ofEpochSecond(SEQUENCE.incrementAndGet());
    }
}
