package dev.uniform.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two assertions that uniform-archetype wrote into every service before services could grow, and that hold only while
 * a service has one resource: every operation carries that resource's tag, and the last migration is V2. Where they
 * are still there, word for word, the service gets the assertions the archetype writes now, which hold for any number
 * of resources; anything else in those files stays as it is.
 */
final class OneResourceTests {

    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite(
                    "OpenApiDocumentTests.java",
                    Pattern.compile("assertThat\\(operation\\.get\\(\"tags\"\\)\\)\\.as\\(where\\)"
                            + "\\.isEqualTo\\(List\\.of\\(\"[^\"]*\"\\)\\);"),
                    "assertThat((List<?>) operation.get(\"tags\")).as(where).hasSize(1);"),
            new Rewrite(
                    "SchemaTests.java",
                    Pattern.compile(
                            "assertThat\\(flyway\\.info\\(\\)\\.current\\(\\)\\.getVersion\\(\\)\\.getVersion\\(\\)\\)"
                                    + "\\.isEqualTo\\(\"\\d+\"\\);"),
                    "assertThat(flyway.info().current().getVersion())"
                            + ".isEqualTo(migrations[migrations.length - 1].getVersion());"));

    private OneResourceTests() {}

    /** Plans the rewrite of each of the two files, under the base package's tests, that still holds its assertion. */
    static void planRewrites(
            Path baseTests, PlannedChanges changes, Function<Path, String> read, Predicate<Path> exists) {
        for (Rewrite rewrite : REWRITES) {
            Path file = baseTests.resolve(rewrite.file());
            if (!exists.test(file)) {
                continue;
            }
            String text = read.apply(file);
            Matcher assertion = rewrite.assertion().matcher(text);
            if (assertion.find()) {
                changes.update(file, assertion.replaceFirst(Matcher.quoteReplacement(rewrite.replacement())));
            }
        }
    }

    private record Rewrite(String file, Pattern assertion, String replacement) {}
}
