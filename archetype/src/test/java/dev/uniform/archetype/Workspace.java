package dev.uniform.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh, empty directory under target/it for one generation, kept after the test for a look at what happened. */
final class Workspace {

    private static final Path ROOT = Path.of("target", "it").toAbsolutePath();

    private Workspace() {}

    static Path create(String name) throws IOException {
        Path directory = ROOT.resolve(name);
        if (Files.exists(directory)) {
            try (Stream<Path> old = Files.walk(directory)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(directory);
    }
}
