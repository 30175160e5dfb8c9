package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The interactive command of the README: Maven asks, showing the default fields as the example, and defaults follow the
 * answers given before them.
 */
@Order(4)
class InteractiveGenerationIT {

    @Test
    void shouldAskForTheResourceAndDeriveItsPathAndPackage() throws Exception {
        Path workspace = Workspace.create("interactive");
        // In the order Maven asks: resource, fields (the default), groupId, artifactId, package, resourcePath, feature;
        // then confirm.
        List<String> answers = List.of("Invoice", "", "com.example.billing", "invoices", "", "", "", "Y");

        Maven.Result generation = Maven.generateInteractively(workspace, answers);

        assertThat(generation.succeeded()).as(generation.tail()).isTrue();
        assertThat(generation.output())
                .contains("Define value for property 'resource'")
                .contains(
                        "Define value for property 'fields' name:String:required:unique:max=120,description:Text:max=2000")
                .contains("resourcePath: invoices")
                .contains("feature: invoice");
        ProjectFiles files = ProjectFiles.of(workspace.resolve("invoices"), workspace.resolve("invoices/.gitignore"));
        assertThat(files.list())
                .contains("src/main/java/com/example/billing/invoice/rest/InvoiceResource.java")
                .contains("src/test/java/com/example/billing/invoice/InvoiceResourceTests.java");
        assertThat(files.readLines("src/main/java/com/example/billing/invoice/rest/InvoiceResource.java"))
                .contains("@Path(\"/invoices\")");
        assertThat(String.join(
                        "\n", files.readLines("src/main/java/com/example/billing/invoice/api/InvoiceRequest.java")))
                .as("the default fields")
                .contains("String name,")
                .contains("String description)");
    }
}
