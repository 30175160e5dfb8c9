package dev.uniform.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.model.ResourceNames;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the rendered files a service gains, and the rewrite of the one-resource assertions. */
class ServiceFilesTests {

    private static final ResourceNames ORDER_LINES = ResourceNames.of("OrderLine", null, null);

    @Test
    void shouldTakeTheApiSectionUnderTheResourcesName() {
        String rendered = "# shop\n\n## The API\n\n| operation |\n\n### Fields\n\n| field |\n\n### Access\n\nReads.\n";

        assertThat(ServiceFiles.apiSectionOf(rendered, ORDER_LINES))
                .isEqualTo("## Order lines\n\nAdded with `./mvnw uniform:add-resource -Dresource=OrderLine`.\n\n"
                        + "| operation |\n\n### Fields\n\n| field |");
        assertThat(ServiceFiles.apiSectionOf("# a README of the team's own\n", ORDER_LINES))
                .isEmpty();
    }

    @Test
    void shouldGiveTheDevTokenTheNewResourcesRoles() {
        String pom = """
                <plugin>
                  <executions>
                    <execution>
                      <id>dev-token</id>
                      <configuration>
                        <arguments>
                          <argument>venues.write</argument>
                          <argument>venues.delete</argument>
                        </arguments>
                      </configuration>
                    </execution>
                  </executions>
                </plugin>
                """;
        String rendered = pom.replace("venues.", "order-lines.");

        assertThat(ServiceFiles.withDevTokenRoles(pom, rendered))
                .contains(pom.replace(
                        "<argument>venues.delete</argument>\n",
                        "<argument>venues.delete</argument>\n"
                                + "          <argument>order-lines.write</argument>\n"
                                + "          <argument>order-lines.delete</argument>\n"));
        assertThat(ServiceFiles.withDevTokenRoles(rendered, rendered))
                .as("roles there already")
                .isEmpty();
        assertThat(ServiceFiles.withDevTokenRoles("<project/>", rendered))
                .as("no dev-token execution")
                .isEmpty();
    }

    @Test
    void shouldAppendAsAParagraphOfItsOwn() {
        assertThat(ServiceFiles.append("ours\n\n\n", "added")).isEqualTo("ours\n\nadded\n");
        assertThat(ServiceFiles.append("ours\n", "")).isEqualTo("ours\n");
    }

    @Test
    void shouldRewriteOnlyTheOneResourceAssertionsStillThere() {
        Path base = Path.of("src/test/java/com/acme");
        Map<Path, String> files = new HashMap<>();
        files.put(
                base.resolve("OpenApiDocumentTests.java"),
                "            assertThat(operation.get(\"tags\")).as(where).isEqualTo(List.of(\"Customers\"));\n");
        files.put(base.resolve("SchemaTests.java"), "        // ours now\n");
        PlannedChanges changes = new PlannedChanges(Path.of(""));

        OneResourceTests.planRewrites(base, changes, files::get, files::containsKey);

        assertThat(changes.updatedFiles()).containsExactly("src/test/java/com/acme/OpenApiDocumentTests.java");
    }

    @Test
    void shouldBreakTheHelpersLongestLineAsTheFormatterDoes() {
        ExistingResource shortName = new ExistingResource("Order", "orders", "/orders", "com.acme.order", Path.of("t"));
        String longName = "AbcdefghijAbcdefghijAbcdefghij";
        ExistingResource longOne = new ExistingResource(longName, "t", "/t", "com.acme.x", Path.of("t"));

        assertThat(ReferencesHelper.source(shortName))
                .contains(
                        "    private static final ReferencedRows ROWS = new ReferencedRows(TABLE, OrderFixtures::create);\n")
                .contains("private static final String ONE = \"/orders/{id}\";");
        assertThat(ReferencesHelper.source(longOne))
                .contains("    private static final ReferencedRows ROWS =\n            new ReferencedRows(TABLE, "
                        + longName + "Fixtures::create);\n");
        assertThat(ReferencesHelper.source(longOne).lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    }
}
