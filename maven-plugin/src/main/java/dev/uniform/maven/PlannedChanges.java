package dev.uniform.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Files to create and files to update, held in memory until all are known, then written together: if a write fails,
 * those done are undone, so that the service is left as it was or complete, never half-changed.
 */
final class PlannedChanges {

    private final Path root;
    private final Map<Path, byte[]> created = new LinkedHashMap<>();
    private final Map<Path, byte[]> updated = new LinkedHashMap<>();

    PlannedChanges(Path root) {
        this.root = root;
    }

    void create(Path file, byte[] content) {
        created.put(file, content);
    }

    void create(Path file, String content) {
        create(file, content.getBytes(StandardCharsets.UTF_8));
    }

    void update(Path file, String content) {
        updated.put(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The files to create that exist already, relative to the service: any one of them stops the change. */
    List<String> existing() {
        return created.keySet().stream()
                .filter(Files::exists)
                .map(this::relative)
                .toList();
    }

    List<String> createdFiles() {
        return created.keySet().stream().map(this::relative).toList();
    }

    List<String> updatedFiles() {
        return updated.keySet().stream().map(this::relative).toList();
    }

    /** Writes everything, or, when a write fails, restores what was there and removes what was new. */
    void apply() throws IOException {
        Map<Path, Optional<byte[]>> before = new LinkedHashMap<>();
        List<Path> madeDirectories = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> file : updated.entrySet()) {
                before.put(file.getKey(), Optional.of(Files.readAllBytes(file.getKey())));
                Files.write(file.getKey(), file.getValue());
            }
            for (Map.Entry<Path, byte[]> file : created.entrySet()) {
                madeDirectories.addAll(createDirectories(file.getKey().getParent()));
                before.put(file.getKey(), Optional.empty());
                Files.write(file.getKey(), file.getValue());
            }
        } catch (IOException | RuntimeException failure) {
            undo(before, madeDirectories, failure);
            throw failure;
        }
    }

    private static void undo(Map<Path, Optional<byte[]>> before, List<Path> madeDirectories, Exception failure) {
        before.forEach((file, content) -> {
            try {
                if (content.isPresent()) {
                    Files.write(file, content.get());
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException undoFailed) {
                failure.addSuppressed(undoFailed);
            }
        });
        for (int i = madeDirectories.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(madeDirectories.get(i));
            } catch (IOException notEmpty) {
                failure.addSuppressed(notEmpty);
            }
        }
    }

    /** Creates the missing directories of {@code directory}, and returns them, outermost first. */
    private static List<Path> createDirectories(Path directory) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path each = directory; each != null && !Files.exists(each); each = each.getParent()) {
            missing.add(0, each);
        }
        for (Path each : missing) {
            Files.createDirectory(each);
        }
        return missing;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
