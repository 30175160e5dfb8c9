package dev.uniform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Responses judged against a small OpenAPI 3.1 document, one rule at a time. */
class OpenApiContractTests {

    private static final String PROBLEM = "application/problem+json";

    private static OpenApiContract contract;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream document = OpenApiContractTests.class.getResourceAsStream("/contract.json")) {
            contract = OpenApiContract.of(new String(document.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldAcceptADocumentedResponse() {
        OpenApiContract.Verdict verdict =
                contract.check("GET", "/things/7", 200, "application/json", "{\"id\":7,\"price\":2.5}");

        assertThat(verdict.described()).isTrue();
        assertThat(verdict.violations()).isEmpty();
    }

    @Test
    void shouldRefuseAStatusTheOperationDoesNotList() {
        assertThat(contract.check("GET", "/things/7", 409, PROBLEM, "{\"type\":\"x\",\"status\":409}")
                        .violations())
                .singleElement()
                .asString()
                .contains("GET /things/{id} answered 409, a status the document does not list");
    }

    @Test
    void shouldCoverAStatusByItsClass() {
        assertThat(contract.check("DELETE", "/things/7", 412, PROBLEM, "{\"type\":\"x\",\"status\":412}")
                        .valid())
                .isTrue();
    }

    @Test
    void shouldRefuseAnotherMediaType() {
        assertThat(contract.check("GET", "/things/7", 404, "text/plain", "Not Found")
                        .violations())
                .singleElement()
                .asString()
                .contains("with text/plain, where the document gives [application/problem+json]");
    }

    /** exclusiveMinimum as a number is OpenAPI 3.1 (JSON Schema 2020-12); 3.0 validators skip it. */
    @Test
    void shouldJudgeTheBodyByJsonSchema202012() {
        assertThat(contract.check("GET", "/things/7", 200, "application/json; charset=UTF-8", "{\"id\":7,\"price\":0}")
                        .violations())
                .singleElement()
                .asString()
                .contains("price");
        assertThat(contract.check("GET", "/things/7", 200, "application/json", "{\"price\":1}")
                        .violations())
                .singleElement()
                .asString()
                .contains("id");
    }

    @Test
    void shouldRefuseABodyWhereNoneIsDocumented() {
        assertThat(contract.check("DELETE", "/things/7", 204, "application/json", "{}")
                        .violations())
                .singleElement()
                .asString()
                .contains("with a body, where the document gives none");
        assertThat(contract.check("GET", "/things/7", 414, null, "").valid()).isTrue();
    }

    @Test
    void shouldRefuseAnEmptyBodyWhereOneIsDocumented() {
        assertThat(contract.check("GET", "/things/7", 404, null, "").violations())
                .singleElement()
                .asString()
                .contains("without a body, where the document gives [application/problem+json]");
    }

    @Test
    void shouldJudgeEachLineOfNdjson() {
        String lines = "{\"id\":1,\"price\":1}\n{\"id\":2,\"price\":-1}\n";

        assertThat(contract.check("GET", "/things/export", 200, "application/x-ndjson", lines)
                        .violations())
                .singleElement()
                .asString()
                .contains("{\"id\":2,\"price\":-1}");
    }

    @Test
    void shouldPreferTheLiteralPathOverATemplate() {
        assertThat(contract.check("GET", "/things/export", 200, "application/x-ndjson", "{\"id\":1,\"price\":1}")
                        .valid())
                .isTrue();
    }

    @Test
    void shouldNotJudgeWhatTheDocumentDoesNotDescribe() {
        OpenApiContract.Verdict otherPath = contract.check("GET", "/q/health", 200, "application/json", "{}");
        OpenApiContract.Verdict otherMethod = contract.check("PUT", "/things/7", 405, PROBLEM, "{}");

        assertThat(otherPath.described()).isFalse();
        assertThat(otherPath.valid()).isTrue();
        assertThat(otherMethod.described()).isFalse();
    }
}
