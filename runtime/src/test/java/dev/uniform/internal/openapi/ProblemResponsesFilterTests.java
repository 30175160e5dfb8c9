package dev.uniform.internal.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.problem.FieldViolation;
import dev.uniform.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published document shows the problem body wherever the mappers can answer with one. */
@QuarkusTest
class ProblemResponsesFilterTests {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private JsonPath document;

    @BeforeEach
    void fetchDocument() {
        document = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void shouldGiveADeclaredErrorResponseTheProblemBody() {
        String declared = "paths.'/gadgets'.post.responses.'409'";

        assertThat(document.getString(declared + ".description")).isEqualTo("Another gadget has this code.");
        assertThat(document.getString(declared + ".content.'application/problem+json'.schema.'$ref'"))
                .isEqualTo(PROBLEM_REF);
    }

    @Test
    void shouldAddAnInternalErrorToEveryOperation() {
        assertThat(document.getString("paths.'/gadgets/{id}'.get.responses.'500'.content.'application/problem+json'"
                        + ".schema.'$ref'"))
                .isEqualTo(PROBLEM_REF);
        assertThat(document.getString("paths.'/gadgets/boom'.get.responses.'500'.description"))
                .startsWith("Unexpected failure.");
    }

    @Test
    void shouldDefineTheProblemSchemaWithItsViolations() {
        assertThat(document.getMap("components.schemas.Problem.properties"))
                .containsOnlyKeys("type", "title", "status", "detail", "instance", "violations", "requestId");
        assertThat(document.getString("components.schemas.Problem.properties.violations.items.'$ref'"))
                .isEqualTo("#/components/schemas/FieldViolation");
        assertThat(document.getList("components.schemas.FieldViolation.required"))
                .containsExactly("field", "message");
    }

    @Test
    void shouldBoundEveryMemberOfAProblemAndRetryAfter() {
        String problem = "components.schemas.Problem.properties";

        assertThat(document.getInt(problem + ".detail.maxLength")).isEqualTo(Problem.MAX_TEXT_LENGTH);
        assertThat(document.getInt(problem + ".requestId.maxLength")).isEqualTo(Problem.MAX_REQUEST_ID_LENGTH);
        assertThat(document.getInt(problem + ".violations.maxItems")).isEqualTo(Problem.MAX_VIOLATIONS);
        assertThat(document.getString(problem + ".status.format")).isEqualTo("int32");
        assertThat(document.getInt(problem + ".status.maximum")).isEqualTo(599);
        assertThat(document.getInt("components.schemas.FieldViolation.properties.message.maxLength"))
                .isEqualTo(FieldViolation.MAX_MESSAGE_LENGTH);
        String retryAfter = "paths.'/gadgets/{id}'.get.responses.'503'.headers.Retry-After.schema";
        assertThat(document.getString(retryAfter + ".format")).isEqualTo("int32");
        assertThat(document.getInt(retryAfter + ".maximum")).isEqualTo(86_400);
    }

    @Test
    void shouldDocumentThatADeleteOthersReferToIsRefused() {
        String delete = "paths.'/gadgets/{id}'.delete.responses.'409'";

        assertThat(document.getString(delete + ".description")).startsWith("Other resources still refer to this one");
        assertThat(document.getString(delete + ".content.'application/problem+json'.schema.'$ref'"))
                .isEqualTo(PROBLEM_REF);
        assertThat(document.getMap("paths.'/gadgets/{id}'.get.responses")).doesNotContainKey("409");
    }

    @Test
    void shouldAddWhatAnyOperationCanAnswer() {
        String responses = "paths.'/gadgets/{id}'.get.responses";

        assertThat(document.getMap(responses)).containsKeys("200", "400", "406", "414", "431", "500", "503");
        assertThat(document.getMap(responses)).doesNotContainKeys("413", "415");
        assertThat(document.getString(responses + ".'400'.content.'application/problem+json'.schema.'$ref'"))
                .isEqualTo(PROBLEM_REF);
        assertThat(document.getString(responses + ".'503'.headers.Retry-After.schema.type"))
                .isEqualTo("integer");
    }

    @Test
    void shouldDocumentOversizedRequestLinesAndHeadersAsProblems() {
        for (String status : new String[] {"414", "431"}) {
            assertThat(document.getString("paths.'/gadgets/{id}'.get.responses.'" + status
                            + "'.content.'application/problem+json'.schema.'$ref'"))
                    .as(status)
                    .isEqualTo(PROBLEM_REF);
        }
    }

    @Test
    void shouldAddBodyLimitsWhereThereIsABody() {
        assertThat(document.getMap("paths.'/gadgets'.post.responses")).containsKeys("413", "415");
        assertThat(document.getString(
                        "paths.'/gadgets'.post.responses.'413'.content.'application/problem+json'" + ".schema.'$ref'"))
                .isEqualTo(PROBLEM_REF);
    }

    @Test
    void shouldGiveEveryDeclaredResponseHeaderASchema() {
        assertThat(document.getString("paths.'/guarded'.post.responses.'200'.headers.Location.schema.type"))
                .isEqualTo("string");
    }

    @Test
    void shouldDocumentTheConfiguredPageSize() {
        assertThat(document.getList("paths.'/gadgets'.get.parameters.findAll { it.name == 'size' }.schema.maximum"))
                .containsExactly(100);
        assertThat(document.getList("paths.'/gadgets'.get.parameters.findAll { it.name == 'size' }.schema.default"))
                .containsExactly(20);
    }

    @Test
    void shouldMarkIfMatchRequiredAsTheServiceRequiresIt() {
        assertThat(document.getList("paths.'/guarded'.put.parameters.findAll { it.name == 'If-Match' }.required"))
                .containsExactly(true);
    }

    @Test
    void shouldLeaveSuccessResponsesAlone() {
        assertThat(document.getMap("paths.'/gadgets/{id}'.get.responses.'200'.content"))
                .containsOnlyKeys("application/json");
    }
}
