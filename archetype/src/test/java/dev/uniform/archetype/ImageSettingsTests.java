package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A Dockerfile cannot inherit uniform-parent's image settings, so the generated one repeats them: the same JDK image
 * as {@code quarkus.jib.base-jvm-image}, and every flag of {@code quarkus.jib.jvm-additional-arguments}. A change to the
 * parent's that the template does not follow fails here.
 */
class ImageSettingsTests {

    private static final Path DOCKERFILE =
            Path.of("src/main/resources/archetype-resources/src/main/docker/Dockerfile.jvm");
    private static final Path PARENT = Path.of("../parent-bom/pom.xml");

    @Test
    void shouldBuildFromTheParentsImage() throws Exception {
        assertThat(lines()).contains("FROM " + parentProperty("quarkus.jib.base-jvm-image"));
    }

    @Test
    void shouldPassEveryFlagOfTheParent() throws Exception {
        String options = String.join(" ", lines()).replace("\\", " ");
        List<String> flags = Arrays.asList(
                parentProperty("quarkus.jib.jvm-additional-arguments").split(","));

        assertThat(flags).isNotEmpty();
        assertThat(options).contains("ENV JAVA_OPTS_APPEND=");
        flags.forEach(flag ->
                assertThat(options).as("JAVA_OPTS_APPEND of Dockerfile.jvm").contains(" " + flag.strip()));
    }

    private static List<String> lines() throws Exception {
        return Files.readAllLines(DOCKERFILE);
    }

    private static String parentProperty(String name) throws Exception {
        Document parent =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(PARENT.toFile());
        return parent.getElementsByTagName(name).item(0).getTextContent().strip();
    }
}
