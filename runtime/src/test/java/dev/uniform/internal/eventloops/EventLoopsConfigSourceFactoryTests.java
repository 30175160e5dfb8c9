package dev.uniform.internal.eventloops;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One event loop on one CPU; Quarkus's own default with more; an explicit setting always wins. */
class EventLoopsConfigSourceFactoryTests {

    @Test
    void shouldAskForOneEventLoopOnOneCpu() {
        assertThat(eventLoops(configWith(1))).contains(1);
    }

    @Test
    void shouldLeaveQuarkusDefaultWithMoreCpus() {
        assertThat(eventLoops(configWith(2))).isEmpty();
        assertThat(eventLoops(configWith(16))).isEmpty();
    }

    @Test
    void shouldGiveWayToTheServiceOwnSetting() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EventLoopsConfigSourceFactory(() -> 1))
                .withSources(new PropertiesConfigSource(
                        Map.of(EventLoopsConfigSourceFactory.EVENT_LOOPS, "4"), "application.properties", 250))
                .build();

        assertThat(eventLoops(config)).contains(4);
    }

    private static SmallRyeConfig configWith(int processors) {
        return new SmallRyeConfigBuilder()
                .withSources(new EventLoopsConfigSourceFactory(() -> processors))
                .build();
    }

    private static Optional<Integer> eventLoops(SmallRyeConfig config) {
        return config.getOptionalValue(EventLoopsConfigSourceFactory.EVENT_LOOPS, Integer.class);
    }
}
