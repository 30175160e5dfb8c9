package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad value fails generation in batch mode with a message naming the property, and leaves no folder behind. */
class InvalidPropertiesIT {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "resource     | order-line      | resource 'order-line' must be a singular UpperCamelCase Java class name",
                "resource     | String          | resource 'String' would hide java.lang.String",
                "resource     | Page            | resource would name a generated class Page, like dev.uniform.paging.Page",
                "resource     | Case            | feature 'case' cannot be a package name",
                "package      | com.example.new | package 'com.example.new' is not a valid Java package",
                "package      | com.acme-corp   | package 'com.acme-corp' is not a valid Java package",
                "resourcePath | Order_Lines     | resourcePath 'Order_Lines' must be one path segment in kebab-case",
                "artifactId   | Order_Service   | artifactId 'Order_Service' must be lower-case letters, digits and dashes",
            })
    void shouldFailNamingThePropertyAndLeaveNothingBehind(String property, String value, String message)
            throws Exception {
        Path workspace = Workspace.create("invalid-" + property + "-" + value);
        Map<String, String> properties = new HashMap<>(Map.of("groupId", "com.example", "artifactId", "orders"));
        properties.put(property, value);

        Maven.Result generation = Maven.generate(workspace, properties);

        assertThat(generation.succeeded())
                .as("generation with %s=%s", property, value)
                .isFalse();
        assertThat(generation.output())
                .contains("uniform-archetype cannot generate this project")
                .contains(message);
        try (Stream<Path> left = Files.list(workspace)) {
            assertThat(left).as("left in %s", workspace).containsExactly(generation.log());
        }
    }
}
