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

    /**
     * One sequence for the JVM, though a {@code @QuarkusTest} loads this class again in the application's class loader
     * beside the one a {@code @QuarkusIntegrationTest} of the same run uses: kept where both find the same object, a
     * JDK type in the system properties.
     */
    private static final AtomicLong SEQUENCE = (AtomicLong) System.getProperties()
            .computeIfAbsent(
                    UniqueValues.class.getName() + ".sequence",
                    name -> new AtomicLong(System.currentTimeMillis() / 1000 % 1_000_000_000L));

    private UniqueValues() {}

    /**
     * {@code example} with a fresh token appended, cut or padded with {@code x} to fit the length bounds; unique as
     * long as {@code maxLength} leaves room for the token (about 6 characters).
     *
     * @param example a readable start, such as {@code Blue mug}; cut from the front when the text would be too long
     * @param minLength the field's minimum length
     * @param maxLength the field's maximum length
     * @return the text, ending with the token unless padding follows it
     */
    public static String text(String example, int minLength, int maxLength) {
        String token = Long.toString(SEQUENCE.incrementAndGet(), 36);
        String text = example + " " + token;
        if (text.length() > maxLength) {
            text = text.substring(text.length() - maxLength);
        }
        return text.length() < minLength ? text + "x".repeat(minLength - text.length()) : text;
    }

    /**
     * An e-mail address whose local part is a fresh token.
     *
     * @return an address at {@code example.com}, a domain reserved for examples (RFC 2606), so no mail ever arrives
     */
    public static String email() {
        return Long.toString(SEQUENCE.incrementAndGet(), 36) + "@example.com";
    }

    /**
     * A whole number in {@code [min, max]}, distinct from the previous ones while the range lasts.
     *
     * @param min the field's lowest value, inclusive
     * @param max the field's highest value, inclusive
     * @return the number; it recurs only after {@code max - min + 1} more calls to this class
     */
    public static long number(long min, long max) {
        long range = max - min + 1;
        long offset = range <= 0 ? SEQUENCE.incrementAndGet() : Math.floorMod(SEQUENCE.incrementAndGet(), range);
        return min + offset;
    }

    /**
     * An amount with two decimals in {@code [min, max]}, distinct from the previous ones while the range lasts.
     *
     * @param min the field's lowest value, inclusive; rounded up to whole cents
     * @param max the field's highest value, inclusive; rounded down to whole cents
     * @return the amount, with a scale of 2
     */
    public static BigDecimal decimal(BigDecimal min, BigDecimal max) {
        long lowest = min.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
        long highest = max.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
        return BigDecimal.valueOf(number(lowest, highest), 2);
    }

    /**
     * A day, distinct from the previous ones for thousands of years.
     *
     * @return a day from 1970-01-01 to about the year 7445: a field that refuses far-off dates needs values of its own
     */
    public static LocalDate date() {
        return LocalDate.of(1970, 1, 1).plusDays(SEQUENCE.incrementAndGet() % 2_000_000);
    }

    /**
     * An instant in whole seconds, so that it reads back as it was written.
     *
     * @return a past instant, from 1970 on: a field that must lie in the future needs values of its own
     */
    public static Instant instant() {
        return Instant.ofEpochSecond(SEQUENCE.incrementAndGet());
    }
}
