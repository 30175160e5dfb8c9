package dev.uniform.internal.eventloops;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A service on one CPU, as in a pod limited to one: it runs one event loop, where Quarkus alone would start two. Runs
 * in its own JVM that sees a single CPU (the one-cpu execution of Surefire in this module's POM).
 */
@QuarkusTest
class OneCpuEventLoopsTests {

    @Inject
    Vertx vertx;

    @Test
    void shouldRunOneEventLoopOnOneCpu() {
        assertThat(Runtime.getRuntime().availableProcessors())
                .as("CPUs this JVM sees")
                .isEqualTo(1);

        assertThat(StreamSupport.stream(
                        ((VertxInternal) vertx).getEventLoopGroup().spliterator(), false))
                .as("event loops")
                .hasSize(1);
    }
}
