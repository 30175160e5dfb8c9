package dev.uniform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The small parsers of the probe: command-line options, chunked bodies and wrk's report. */
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

    @Test
    void shouldReadWrksLatencyDistributionInMillisecondsAndItsFailures() {
        WrkRun run = WrkRun.parse("""
                Running 20s test @ http://localhost:8080
                  2 threads and 4 connections
                  Latency Distribution
                     50%  361.00us
                     75%  488.00us
                     90%    1.20ms
                     99%    1.29s
                  190446 requests in 20.00s, 121.60MB read
                  Socket errors: connect 0, read 1, write 0, timeout 2
                  Non-2xx or 3xx responses: 40
                Requests/sec:   9522.30
                Server errors: 3
                """);

        assertThat(run.percentileMillis().get(50)).isCloseTo(0.361, Offset.offset(1e-9));
        assertThat(run.percentileMillis().get(90)).isCloseTo(1.2, Offset.offset(1e-9));
        assertThat(run.p99()).isCloseTo(1290, Offset.offset(1e-9));
        assertThat(run.requests()).isEqualTo(190446);
        assertThat(run.failed())
                .as("socket errors and server errors; a 404 is no failure")
                .isEqualTo(6);
    }
}
