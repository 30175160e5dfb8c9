package dev.uniform.internal.eventloops;

import io.smallrye.common.cpu.ProcessorInfo;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * One Vert.x event loop when the service has one CPU. Quarkus starts one event loop per CPU but at least two; on one
 * CPU (a pod whose CPU limit is 1 or less, a process pinned to a core) the second loop cannot run in parallel and
 * only adds thread switches: a request accepted on one loop is served by a pooled database connection owned by the
 * other, and the result hops back. bench/compare.sh measured 8 to 16% less CPU per read with one loop. With two CPUs
 * or more this source is empty and Quarkus's own default applies.
 *
 * <p>Below every other source (ordinal 50): {@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE} or the property in
 * application.properties still wins.
 */
public final class EventLoopsConfigSourceFactory implements ConfigSourceFactory {

    static final String EVENT_LOOPS = "quarkus.vertx.event-loops-pool-size";
    static final String NAME = "uniform event loops";
    static final int ORDINAL = 50;

    private final IntSupplier processors;

    public EventLoopsConfigSourceFactory() {
        this(ProcessorInfo::availableProcessors);
    }

    EventLoopsConfigSourceFactory(IntSupplier processors) {
        this.processors = processors;
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> settings = processors.getAsInt() == 1 ? Map.of(EVENT_LOOPS, "1") : Map.of();
        return List.of(new PropertiesConfigSource(settings, NAME, ORDINAL));
    }
}
