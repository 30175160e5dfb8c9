package dev.uniform.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a caller is told a field of each type expects, when it sent something of another kind. */
class JsonProblemsTests {

    enum Colour {
        RED,
        GREEN
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "java.lang.Integer        | a number",
                "java.math.BigDecimal     | a number",
                "java.lang.Boolean        | true or false",
                "java.lang.String         | a string",
                "java.time.LocalDate      | an ISO-8601 date such as 2026-01-15",
                "java.time.Instant        | an ISO-8601 date and time with its offset, such as 2026-01-15T09:30:00Z",
                "java.time.LocalTime      | an ISO-8601 date or time string",
                "java.util.UUID           | a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6",
                "java.util.List           | an array",
            })
    void shouldNameTheKindOfValueEachTypeReads(Class<?> type, String expected) {
        assertThat(JsonProblems.expectedValue(type)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev.uniform.internal.problem.JsonProblemsTests$Colour"})
    void shouldListTheValuesOfAnEnum(Class<?> type) {
        assertThat(JsonProblems.expectedValue(type)).isEqualTo("one of RED, GREEN");
    }
}
