package dev.uniform.devauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Points {@link DevKeys#ofThisUser()} at a directory of the test class's own, so tests never touch the user's keys. */
final class TemporaryDevKeys implements BeforeAllCallback, AfterAllCallback {

    private Path directory;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("uniform-dev-keys-test-");
        System.setProperty(DevKeys.DIRECTORY_PROPERTY, directory.resolve("keys").toString());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        System.clearProperty(DevKeys.DIRECTORY_PROPERTY);
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(TemporaryDevKeys::delete);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
