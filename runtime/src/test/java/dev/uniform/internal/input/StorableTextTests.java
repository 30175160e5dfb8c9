package dev.uniform.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which strings PostgreSQL stores exactly as sent. */
class StorableTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "Grüße", "日本語", "emoji 😀 pair", "tab\tand\nnewline", "\uFFFD"})
    void shouldAcceptTextPostgresStoresAsSent(String text) {
        assertThat(StorableText.isStorable(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"a\u0000b", "\u0000", "a\uD800b", "trailing high \uD83D", "\uDE00 leading low", "\uDE00\uD83D"})
    void shouldRefuseNulAndUnpairedSurrogates(String text) {
        assertThat(StorableText.isStorable(text)).isFalse();
    }

    @Test
    void shouldAcceptASurrogatePairAtTheEnd() {
        assertThat(StorableText.isStorable("end 😀")).isTrue();
    }
}
