package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * sample-service is exactly what the archetype generates with the sample's parameters. A change to generated code is
 * made in the templates; this test fails until the sample shows it. Regenerate the sample with
 * {@code ./mvnw install -DskipTests && ./mvnw -pl archetype verify -Dit.test=SampleServiceGoldenIT -Dsample.regenerate}.
 */
@Order(3)
class SampleServiceGoldenIT {

    /**
     * The sample's parameters; parentRelativePath lets the repository build it with the parent in the same reactor, at
     * the reactor's version.
     */
    static final Map<String, String> SAMPLE = Map.of(
            "groupId", "dev.uniform",
            "artifactId", "sample-service",
            "version", "1.0.0-SNAPSHOT",
            "package", "dev.uniform.sample",
            "resource", "Product",
            "fields",
                    "code:String:required:unique:max=32,name:String:required:max=120,price:BigDecimal:required:min=0,"
                            + "status:enum(DRAFT|ACTIVE|ARCHIVED):required",
            "apiKeys", "true",
            "parentRelativePath", "../parent-bom/pom.xml");

    private static final Path SAMPLE_DIRECTORY = Path.of(System.getProperty("uniform.sample.directory"));

    /** Not generated: a service's first build records what it serves, and the sample's build keeps it current. */
    private static final String RECORDED_API = "api/openapi.json";

    @Test
    void shouldReproduceTheSampleServiceExactly() throws Exception {
        Path workspace = Workspace.create("golden");
        besideTheKitsParent(workspace);
        Maven.Result generation = Maven.generate(workspace, SAMPLE);
        assertThat(generation.succeeded()).as(generation.tail()).isTrue();
        Path generatedRoot = workspace.resolve("sample-service");
        ProjectFiles generated = ProjectFiles.of(generatedRoot, generatedRoot.resolve(".gitignore"));
        ProjectFiles sample = ProjectFiles.of(SAMPLE_DIRECTORY, generatedRoot.resolve(".gitignore"));

        if (Boolean.getBoolean("sample.regenerate")) {
            replace(sample, generated);
        }

        SortedSet<String> files = generated.list();
        SortedSet<String> sampleFiles = sample.list();
        assertThat(sampleFiles.remove(RECORDED_API))
                .as("the sample's recorded %s (its build records it)", RECORDED_API)
                .isTrue();
        assertThat(sampleFiles).as("files of sample-service").containsExactlyElementsOf(files);
        for (String file : files) {
            assertThat(sample.resolve(file)).as(file).hasSameBinaryContentAs(generated.resolve(file));
        }
        assertThat(sample.resolve("mvnw")).as("mvnw").isExecutable();
    }

    /**
     * Generated where it lives, next to the kit's parent and BOM: its parent's version is the revision property, which
     * Maven resolves only through the relative path, and the archetype formats the sources with that parent's
     * settings.
     */
    private static void besideTheKitsParent(Path workspace) throws IOException {
        Path kit = SAMPLE_DIRECTORY.getParent();
        for (String pom : List.of("bom/pom.xml", "parent-bom/pom.xml")) {
            Files.createDirectories(workspace.resolve(pom).getParent());
            Files.copy(kit.resolve(pom), workspace.resolve(pom));
        }
    }

    private static void replace(ProjectFiles sample, ProjectFiles generated) throws IOException {
        for (String file : sample.list()) {
            if (!file.equals(RECORDED_API)) {
                Files.delete(sample.resolve(file));
            }
        }
        for (String file : generated.list()) {
            Path target = sample.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(generated.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
