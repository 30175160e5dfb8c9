package dev.uniform.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds each library to the public API recorded in {@code api/<artifact>.api}: a change to it, added or removed, fails
 * the build until it is recorded, so that it shows in review and in CHANGELOG.md. A removed or changed line breaks the
 * services compiled against the recorded API.
 */
class PublicApiTests {

    /** Records the current API instead of comparing: after a change meant to be made. */
    private static final String ACCEPT = "public-api.accept";

    private static final String RECORD_COMMAND = "./mvnw verify -pl api-check -am -Dtest=PublicApiTests"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + ACCEPT;

    /** A library, found on the test class path by one class file of its API. */
    record Library(String artifactId, String classFile) {

        Path location() throws URISyntaxException {
            URL url = Objects.requireNonNull(
                    PublicApiTests.class.getClassLoader().getResource(classFile),
                    classFile + " is not on the class path");
            if (url.getProtocol().equals("jar")) {
                String jar = url.getPath().substring(0, url.getPath().indexOf("!/"));
                return Path.of(URI.create(jar));
            }
            Path file = Path.of(url.toURI());
            return file.getRoot()
                    .resolve(file.subpath(
                            0, file.getNameCount() - Path.of(classFile).getNameCount()));
        }

        Path recorded() {
            return Path.of("api", artifactId + ".api");
        }

        @Override
        public String toString() {
            return artifactId;
        }
    }

    static Stream<Library> libraries() {
        return Stream.of(
                new Library("uniform-runtime", "dev/uniform/problem/Problem.class"),
                new Library("uniform-api-keys", "dev/uniform/apikeys/ApiKeyCredentials.class"),
                new Library("uniform-testing", "dev/uniform/testing/OpenApiContract.class"),
                new Library("uniform-devdb", "dev/uniform/devdb/DatabaseMode.class"),
                new Library("uniform-devauth", "dev/uniform/devauth/DevTokens.class"),
                new Library("uniform-resource-model", "dev/uniform/model/FieldGrammar.class"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void publicApiIsTheRecordedOne(Library library) throws Exception {
        List<String> current = PublicApi.of(library.location());
        if (Boolean.getBoolean(ACCEPT)) {
            Files.createDirectories(library.recorded().getParent());
            Files.write(library.recorded(), current);
        }
        assertThat(library.recorded())
                .as("%s has no recorded API; %s records it", library, RECORD_COMMAND)
                .exists();
        List<String> recorded = Files.readAllLines(library.recorded());
        assertThat(current)
                .withFailMessage(() -> differences(library, recorded, current))
                .isEqualTo(recorded);
    }

    @Test
    void wiringIsNotApiAndTheApiIsRead() throws Exception {
        Library runtime = libraries().findFirst().orElseThrow();
        List<String> api = PublicApi.of(runtime.location());
        assertThat(api)
                .contains("public record dev.uniform.problem.Problem")
                .anySatisfy(line -> assertThat(line).startsWith("  public static dev.uniform.problem.Problem of("))
                .noneSatisfy(line -> assertThat(line).contains("dev.uniform.internal."));
    }

    private static String differences(Library library, List<String> recorded, List<String> current) {
        List<String> before = qualified(recorded);
        List<String> after = qualified(current);
        StringBuilder message = new StringBuilder()
                .append("The public API of ")
                .append(library)
                .append(" differs from ")
                .append(library.recorded())
                .append(".\nA removed or changed line breaks services compiled against it: say so in CHANGELOG.md ")
                .append("(Changed, and what to do under Upgrading). Then record it:\n  ")
                .append(RECORD_COMMAND)
                .append('\n');
        before.stream()
                .filter(line -> !after.contains(line))
                .forEach(line -> message.append("- ").append(line).append('\n'));
        after.stream()
                .filter(line -> !before.contains(line))
                .forEach(line -> message.append("+ ").append(line).append('\n'));
        return message.toString();
    }

    /** Each member with the type it belongs to, so that a line means the same wherever it appears. */
    private static List<String> qualified(List<String> api) {
        List<String> lines = new ArrayList<>();
        String type = "";
        for (String line : api) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith(" ")) {
                lines.add(line.strip() + "    (in " + type + ")");
            } else {
                type = line;
                lines.add(line);
            }
        }
        return lines;
    }
}
