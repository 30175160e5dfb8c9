package dev.uniform.archetype;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The files of a project that belong in version control: what its own .gitignore does not exclude. */
final class ProjectFiles {

    /** Copied from the uniform repository as they are, not templates: shell variables in them are meant. */
    static final List<String> VERBATIM = List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties");

    /** Velocity directives and references, archetype file-name tokens and Maven's build-time filter token. */
    private static final Pattern TEMPLATE_TOKEN = Pattern.compile(
            "\\$\\{|\\$!\\{|#(if|else|elseif|end|set|parse|foreach|macro)\\b|__\\w+__|@project\\.\\w+@");

    private final Path root;
    private final List<PathMatcher> ignored;

    private ProjectFiles(Path root, List<PathMatcher> ignored) {
        this.root = root;
        this.ignored = ignored;
    }

    /** The files of {@code root}, ignoring what {@code gitignore} lists (simple patterns, as generated projects use). */
    static ProjectFiles of(Path root, Path gitignore) {
        try {
            List<PathMatcher> ignored = Files.readAllLines(gitignore).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.endsWith("/") ? line.substring(0, line.length() - 1) : line)
                    .map(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern))
                    .toList();
            return new ProjectFiles(root, ignored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths relative to the root, with forward slashes, sorted. */
    SortedSet<String> list() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(path -> !isIgnored(path))
                    .map(path -> path.toString().replace('\\', '/'))
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file's content by its path, as {@link #list()} names them: to tell what a command changed. */
    SortedMap<String, String> contents() {
        SortedMap<String, String> contents = new TreeMap<>();
        list().forEach(path -> contents.put(path, String.join("\n", readLines(path))));
        return contents;
    }

    Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** Each file name or template line where a template token survived, as {@code path:line: text}. */
    List<String> leftoverTemplateTokens() {
        return list().stream()
                .filter(path -> !VERBATIM.contains(path))
                .flatMap(path -> {
                    if (TEMPLATE_TOKEN.matcher(path).find()) {
                        return Stream.of(path + ": in the file name");
                    }
                    List<String> lines = readLines(path);
                    return IntStream.range(0, lines.size())
                            .filter(index ->
                                    TEMPLATE_TOKEN.matcher(lines.get(index)).find())
                            .mapToObj(index -> path + ":" + (index + 1) + ": "
                                    + lines.get(index).strip());
                })
                .toList();
    }

    List<String> readLines(String relative) {
        try {
            return Files.readAllLines(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isIgnored(Path relative) {
        for (Path segment : relative) {
            if (ignored.stream().anyMatch(matcher -> matcher.matches(segment))) {
                return true;
            }
        }
        return false;
    }
}
