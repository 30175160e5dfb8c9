package dev.uniform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small parsers of the probe: command-line options and chunked bodies. */
class ProbeTests {

    @Test
    void shouldReadOptionsAndFlags() {
        Map<String, String> options =
                Probe.options(new String[] {"fuzz", "--api", "http://x", "--smoke", "--rounds", "3"});

        assertThat(options)
                .containsEntry("api", "http://x")
                .containsEntry("smoke", "true")
                .containsEntry("rounds", "3");
    }

    @Test
    void shouldJoinTheChunksOfAChunkedBody() {
        assertThat(Raw.unchunk("4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n")).isEqualTo("{\"a\":1}");
    }

    /** Chunk sizes count bytes: a character of four UTF-8 bytes must not shift the next chunk. */
    @Test
    void shouldJoinChunksOfMultiByteText() {
        String first = "{\"name\":\"😀Ω\"";
        String second = ",\"n\":1}";
        String chunked =
                "%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n".formatted(utf8Length(first), first, utf8Length(second), second);
        String asReceived = new String(chunked.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(Raw.utf8(Raw.unchunk(asReceived))).isEqualTo(first + second);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void shouldTakeTheHighestOfTheFastestShareAsAPercentile() {
        assertThat(SlowReaders.percentile(java.util.List.of(5L, 1L, 3L, 2L, 4L), 50))
                .isEqualTo(3);
        assertThat(SlowReaders.percentile(java.util.List.of(5L, 1L, 3L, 2L, 4L), 99))
                .isEqualTo(5);
    }
}
