package dev.uniform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceManifestTests {

    private static final ManifestResource CUSTOMER = new ManifestResource(
            "Customer",
            "customers",
            "customers",
            "com.example.customer",
            List.of("name:String:required:max=120", "note:Text"));

    private static final ManifestResource ORDER = new ManifestResource(
            "Order",
            "purchase-orders",
            "purchase_orders",
            "com.example.order",
            List.of("number:String:required:unique:max=20", "customerId:ref(Customer)"));

    @Test
    void shouldWriteOneFieldPerLineSoThatAnAddedFieldIsOneLineOfDiff() {
        assertThat(new ResourceManifest(List.of(CUSTOMER)).json()).isEqualTo("""
                        {
                          "resources": [
                            {
                              "name": "Customer",
                              "path": "customers",
                              "table": "customers",
                              "package": "com.example.customer",
                              "fields": [
                                "name:String:required:max=120",
                                "note:Text"
                              ]
                            }
                          ]
                        }
                        """);
    }

    @Test
    void shouldReadWhatItWrites(@TempDir Path service) {
        ResourceManifest manifest = new ResourceManifest(List.of(CUSTOMER)).with(ORDER);

        manifest.write(service);

        assertThat(ResourceManifest.read(service)).contains(manifest);
        assertThat(manifest.names()).containsExactlyInAnyOrder("Customer", "Order");
        assertThat(manifest.named("Order")).contains(ORDER);
        assertThat(ORDER.parsedFields(Set.of("Customer")).problems()).isEmpty();
        assertThat(new ResourceManifest(List.of()).json()).isEqualTo("{\n  \"resources\": []\n}\n");
        assertThat(ResourceManifest.parse(new ResourceManifest(List.of()).json())
                        .resources())
                .isEmpty();
    }

    @Test
    void shouldHaveNothingToReadWhereTheServiceHasNoManifest(@TempDir Path service) {
        assertThat(ResourceManifest.read(service)).isEmpty();
    }

    @Test
    void shouldSayWhatIsWrongWithAManifestEditedByHand(@TempDir Path service) throws Exception {
        Files.createDirectories(service.resolve(".uniform"));
        Files.writeString(service.resolve(ResourceManifest.FILE), "{\n  \"resources\": [\n    {\"name\": \"A\",}\n");

        assertThatThrownBy(() -> ResourceManifest.read(service))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(".uniform/resources.json: line 3, column 18: expected a member name in double quotes");
        assertThatThrownBy(() -> ResourceManifest.parse("{\"resources\": [{\"name\": \"A\", \"path\": \"as\"}]}"))
                .hasMessageStartingWith("expected \"table\" to be a non-empty string");
        assertThatThrownBy(() -> ResourceManifest.parse(
                        "{\"resources\": [{\"name\": \"A\", \"path\": \"as\", \"table\": \"as\", \"package\": \"a\","
                                + " \"fields\": [1]}]}"))
                .hasMessage("expected \"fields\" to be an array of strings in A");
        assertThatThrownBy(() -> ResourceManifest.parse("[]"))
                .hasMessage("expected an object with a \"resources\" array");
    }
}
