package dev.uniform.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ApiDocumentMergeTests {

    private static final String RECORDED = """
            {
              "openapi" : "3.1.0",
              "components" : {
                "schemas" : {
                  "Problem" : { "type" : "object" },
                  "Product" : { "type" : "object", "properties" : { "price" : { "examples" : [ 24.50 ] } } }
                }
              },
              "paths" : {
                "/products" : { "get" : { "summary" : "Ours: edited by hand" } }
              },
              "info" : { "title" : "Products API" },
              "tags" : [ { "name" : "Products" }, { "name" : "Widgets" } ]
            }
            """;

    private static final String ADDED = """
            {
              "openapi" : "3.1.0",
              "components" : {
                "schemas" : {
                  "Problem" : { "type" : "object" },
                  "Order" : { "type" : "object" }
                }
              },
              "paths" : {
                "/orders" : { "get" : { "summary" : "List orders" } }
              },
              "info" : { "title" : "Orders API" },
              "tags" : [ { "name" : "Orders" } ]
            }
            """;

    @Test
    void shouldAddTheNewResourcesPartsAndKeepEverythingElse() throws Exception {
        String merged = ApiDocumentMerge.merge(RECORDED, ADDED);
        JsonNode document = new ObjectMapper().readTree(merged);

        assertThat(document.at("/paths").properties())
                .extracting(entry -> entry.getKey())
                .containsExactly("/products", "/orders");
        assertThat(document.at("/paths/~1products/get/summary").asText()).isEqualTo("Ours: edited by hand");
        assertThat(document.at("/components/schemas").properties())
                .extracting(entry -> entry.getKey())
                .containsExactly("Problem", "Product", "Order");
        assertThat(document.at("/info/title").asText()).isEqualTo("Products API");
        assertThat(document.at("/tags").findValuesAsText("name")).containsExactly("Orders", "Products", "Widgets");
        assertThat(merged).as("numbers as written").contains("\"examples\" : [ 24.50 ]");
        assertThat(merged).startsWith("{\n  \"openapi\" : \"3.1.0\",\n").endsWith("}\n");
    }

    @Test
    void shouldRefuseToRedefineWhatTheServiceDefinesDifferently() {
        String clashing = ADDED.replace("\"/orders\"", "\"/products\"");

        assertThatThrownBy(() -> ApiDocumentMerge.merge(RECORDED, clashing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("path /products");
    }
}
