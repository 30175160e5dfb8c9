package dev.uniform.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The resources of a service and their fields, in the file the service commits: {@value #FILE}. Written at generation
 * and by {@code uniform:add-resource}; read by the kit's tools instead of scanning the sources, and checked against the
 * entities by the service's architecture tests, so that a field added by hand is added here too.
 *
 * @param resources the resources, in the order they were added
 */
public record ResourceManifest(List<ManifestResource> resources) {

    /** Where a service keeps it, relative to its root (JHipster keeps {@code .jhipster/<Entity>.json} the same way). */
    public static final String FILE = ".uniform/resources.json";

    /**
     * Copies the resources.
     *
     * @param resources the resources, in the order they were added
     */
    public ResourceManifest {
        resources = List.copyOf(resources);
    }

    /**
     * The manifest of a service.
     *
     * @param root the service's root directory
     * @return its manifest, or empty where it has none
     * @throws IllegalArgumentException where the file is not a manifest, saying where
     */
    public static Optional<ResourceManifest> read(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FILE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a manifest's JSON.
     *
     * @param json the file's content
     * @return the manifest
     * @throws IllegalArgumentException where the document is no manifest, saying where
     */
    public static ResourceManifest parse(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> document)
                || !(document.get("resources") instanceof List<?> listed)) {
            throw new IllegalArgumentException("expected an object with a \"resources\" array");
        }
        List<ManifestResource> resources = new ArrayList<>();
        for (Object each : listed) {
            if (!(each instanceof Map<?, ?> resource)) {
                throw new IllegalArgumentException("expected each resource to be an object");
            }
            resources.add(new ManifestResource(
                    text(resource, "name"),
                    text(resource, "path"),
                    text(resource, "table"),
                    text(resource, "package"),
                    texts(resource, "fields")));
        }
        return new ResourceManifest(resources);
    }

    /**
     * This manifest with one more resource.
     *
     * @param added the resource, which comes after the others
     * @return a new manifest
     */
    public ResourceManifest with(ManifestResource added) {
        List<ManifestResource> all = new ArrayList<>(resources);
        all.add(added);
        return new ResourceManifest(all);
    }

    /**
     * The resource of a class name.
     *
     * @param name such as {@code Customer}
     * @return the resource, or empty where the service has none of that name
     */
    public Optional<ManifestResource> named(String name) {
        return resources.stream()
                .filter(resource -> resource.name().equals(name))
                .findFirst();
    }

    /**
     * The class names of the resources.
     *
     * @return such as {@code Customer} and {@code Order}
     */
    public Set<String> names() {
        return resources.stream().map(ManifestResource::name).collect(Collectors.toSet());
    }

    /**
     * The manifest as the file holds it.
     *
     * @return JSON with two-space indents, one field per line and a newline at the end
     */
    public String json() {
        StringBuilder json = new StringBuilder("{\n  \"resources\": [");
        for (int i = 0; i < resources.size(); i++) {
            ManifestResource resource = resources.get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\n")
                    .append(member("name", resource.name()))
                    .append(member("path", resource.path()))
                    .append(member("table", resource.table()))
                    .append(member("package", resource.featurePackage()))
                    .append("      \"fields\": [");
            List<String> fields = resource.fields();
            for (int j = 0; j < fields.size(); j++) {
                json.append(j == 0 ? "\n" : ",\n").append("        ").append(Json.quote(fields.get(j)));
            }
            json.append(fields.isEmpty() ? "]\n" : "\n      ]\n").append("    }");
        }
        return json.append(resources.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /**
     * Writes {@link #json()} into a service.
     *
     * @param root the service's root directory
     */
    public void write(Path root) {
        Path file = root.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String member(String name, String value) {
        return "      " + Json.quote(name) + ": " + Json.quote(value) + ",\n";
    }

    private static String text(Map<?, ?> resource, String member) {
        if (resource.get(member) instanceof String value && !value.isBlank()) {
            return value;
        }
        throw new IllegalArgumentException("expected \"" + member + "\" to be a non-empty string in " + resource);
    }

    private static List<String> texts(Map<?, ?> resource, String member) {
        if (!(resource.get(member) instanceof List<?> values)
                || !values.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException(
                    "expected \"" + member + "\" to be an array of strings in " + resource.get("name"));
        }
        return values.stream().map(String.class::cast).toList();
    }
}
