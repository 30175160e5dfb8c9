package dev.uniform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uniform.problem.InvalidParameterException;
import dev.uniform.problem.ProblemType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTests {

    @ParameterizedTest(name = "If-Match: {0} at version {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"3\"           | 3 | true",
                "\"3\"           | 4 | false",
                "\"3\", \"4\"    | 4 | true",
                "\"3\",\"5\"     | 4 | false",
                "*               | 9 | true",
                "W/\"3\"         | 3 | false",
                "W/\"3\", \"3\"  | 3 | true",
            })
    void shouldMatchOnlyTheVersionsTheCallerHasSeen(String header, long version, boolean matches) {
        assertThat(IfMatch.parse(header).matches(version)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "If-Match: [{0}]")
    @ValueSource(strings = {"3", "\"three\"", "\"3\" \"4\"", " ", "\"3", "abc, \"3\""})
    void shouldRejectAMalformedHeaderNamingIt(String header) {
        assertThatThrownBy(() -> IfMatch.parse(header))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Parameter 'If-Match' is not valid: must be * or entity tags");
    }

    @ParameterizedTest(name = "current version {0}")
    @ValueSource(longs = {0, 7})
    void shouldFailWith412NamingTheCurrentTag(long current) {
        assertThatThrownBy(() -> IfMatch.parse("\"1\"").check(current, "Product", 5))
                .isInstanceOfSatisfying(
                        PreconditionFailedException.class,
                        failure -> assertThat(failure.type()).isEqualTo(ProblemType.PRECONDITION_FAILED))
                .hasMessage("Product 5 has changed since you read it: its ETag is now \"" + current
                        + "\". Read it again, then repeat the change if it still applies.");
    }
}
