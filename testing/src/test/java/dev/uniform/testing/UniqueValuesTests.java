package dev.uniform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UniqueValuesTests {

    @Test
    void shouldMakeDistinctTextsWithinTheLengthBounds() {
        assertThat(IntStream.range(0, 1_000).mapToObj(i -> UniqueValues.text("Example code", 3, 12)))
                .doesNotHaveDuplicates()
                .allSatisfy(text -> assertThat(text).hasSizeBetween(3, 12));
        assertThat(UniqueValues.text("A", 40, 50)).hasSize(40).startsWith("A ");
    }

    @Test
    void shouldMakeDistinctNumbersWithinTheBounds() {
        assertThat(IntStream.range(0, 100).mapToObj(i -> UniqueValues.number(-50, 49)))
                .doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(number).isBetween(-50L, 49L));
        assertThat(UniqueValues.number(Long.MIN_VALUE, Long.MAX_VALUE)).isNotNull();
    }

    @Test
    void shouldMakeDistinctAmountsWithTwoDecimalsWithinTheBounds() {
        BigDecimal min = new BigDecimal("0.01");
        BigDecimal max = new BigDecimal("9.99");

        assertThat(IntStream.range(0, 999).mapToObj(i -> UniqueValues.decimal(min, max)))
                .doesNotHaveDuplicates()
                .allSatisfy(amount -> assertThat(amount)
                        .isBetween(min, max)
                        .satisfies(value -> assertThat(value.scale()).isEqualTo(2)));
    }

    @Test
    void shouldMakeDistinctDatesInstantsAndAddresses() {
        assertThat(IntStream.range(0, 100).mapToObj(i -> UniqueValues.date())).doesNotHaveDuplicates();
        assertThat(IntStream.range(0, 100).mapToObj(i -> UniqueValues.instant()))
                .doesNotHaveDuplicates()
                .allSatisfy(instant -> assertThat(instant.getNano()).isZero());
        assertThat(UniqueValues.email()).matches("[0-9a-z]+@example\\.com");
    }

    @Test
    void shouldContinueOneSequenceWhateverClassLoaderLoadedTheClass() throws Exception {
        URL classes = UniqueValues.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader quarkusLike =
                new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> again = quarkusLike.loadClass(UniqueValues.class.getName());
            Method email = again.getMethod("email");
            assertThat(again).isNotSameAs(UniqueValues.class);

            long first = token(invoke(email));
            long second = token(UniqueValues.email());
            long third = token(invoke(email));

            assertThat(List.of(second, third)).containsExactly(first + 1, first + 2);
        }
    }

    /** The token of an address UniqueValues made: its place in the sequence. */
    private static long token(String email) {
        return Long.parseLong(email.substring(0, email.indexOf('@')), 36);
    }

    private static String invoke(Method method) {
        try {
            return (String) method.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
