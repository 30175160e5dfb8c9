package dev.uniform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

/** Compares JSON objects as a client reads them: numbers by value (19.9 is 19.90), anything else as text. */
public final class JsonValues {

    private JsonValues() {}

    /**
     * Each field of {@code sent} has the same value in {@code received}.
     *
     * @param sent the request's fields, as the test sent them; a mismatch fails naming the field
     * @param received the response's fields as parsed; fields beyond those sent, such as {@code id}, are ignored
     */
    public static void assertSameValues(Map<String, Object> sent, Map<String, Object> received) {
        sent.forEach((field, value) -> {
            Object actual = received.get(field);
            if (value instanceof Number && actual instanceof Number) {
                assertThat(new BigDecimal(String.valueOf(actual)))
                        .as(field)
                        .isEqualByComparingTo(String.valueOf(value));
            } else {
                assertThat(String.valueOf(actual)).as(field).isEqualTo(String.valueOf(value));
            }
        });
    }
}
