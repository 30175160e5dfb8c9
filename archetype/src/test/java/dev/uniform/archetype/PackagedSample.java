package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/**
 * sample-service as packaged by this repository's build, which runs before this module's tests: the golden copy of
 * every generated service, so that what is true of its package is true of theirs. The production checks run once,
 * here, instead of in every generated service's build.
 */
final class PackagedSample {

    /** The sample's project directory. */
    static final Path DIRECTORY = Path.of(System.getProperty("uniform.sample.directory"))
            .toAbsolutePath()
            .normalize();

    private PackagedSample() {}

    /** A file of the sample's project, such as {@code target/quarkus-app/quarkus-run.jar}; it must exist. */
    static Path file(String relativePath) {
        Path file = DIRECTORY.resolve(relativePath);
        assertThat(file)
                .as("%s: build the repository from its root (./mvnw verify), which packages sample-service first", file)
                .exists();
        return file;
    }
}
