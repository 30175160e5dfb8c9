package dev.uniform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTests {

    @Test
    void shouldReadEveryKindOfValue() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("text", "a \"quoted\" \\ line\nnext é");
        expected.put("list", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, null));
        expected.put("empty", Map.of());
        expected.put("none", List.of());

        assertThat(Json.parse(" { \"text\" : \"a \\\"quoted\\\" \\\\ line\\nnext \\u00e9\", \"list\": [1, -2.5e3,"
                        + " true, false, null], \"empty\": {}, \"none\": [] } "))
                .isEqualTo(expected);
    }

    @Test
    void shouldQuoteWhatItReadsBack() {
        String text = "tab\there \"q\" \\ \u0001 end";

        assertThat(Json.parse(Json.quote(text))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"a": 1                 | line 1, column 8: expected '}'
            [1, 2                   | line 1, column 6: expected ']'
            {"a" 1}                 | line 1, column 6: expected ':'
            "open                   | line 1, column 6: expected the end of the string
            {"a": nope}             | line 1, column 7: expected a value
            {} {}                   | line 1, column 4: expected nothing more after the document
            "\\u12"                 | line 1, column 4: expected four hexadecimal digits
            ''                      | line 1, column 1: expected a value
            """)
    void shouldSayWhereADocumentGoesWrong(String json, String message) {
        assertThatThrownBy(() -> Json.parse(json)).hasMessage(message);
    }
}
