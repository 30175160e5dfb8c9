#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static dev.uniform.testing.JsonValues.assertSameValues;
import static ${package}.${feature}.${resource}Fixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.uniform.devauth.DevTokens;
import ${package}.client.ApiClient;
import ${package}.client.ApiException;
import ${package}.client.ApiResponse;
import ${package}.client.api.${Resources}Api;
import ${package}.client.model.Page${resource}Response;
import ${package}.client.model.Problem;
import ${package}.client.model.${resource}Patch;
import ${package}.client.model.${resource}Request;
import ${package}.client.model.${resource}Response;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
#if( !$referenceFields.isEmpty() )
import org.junit.jupiter.api.AfterEach;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
#end
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation driven through a Java client that openapi-generator (generator java, library native) made from
 * api/openapi.json at build time, as a consumer of the API makes one: method names from the operationIds, the media
 * types it sends in Accept from the document, and its models, must all work against the running service.
 */
@QuarkusTest
class ${resource}ClientTests {

    private static final String TOKEN = DevTokens.issue("client", Set.of(${resource}Roles.WRITE, ${resource}Roles.DELETE));

    private ApiClient client;
    private ${Resources}Api api;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKEN));
        api = new ${Resources}Api(client);
    }

    @Test
    void shouldCreateOnceForAnIdempotencyKeyAndReadWhatWasCreated() throws Exception {
        Map<String, Object> sent = valid();
        ${resource}Request request = request(sent);
        String key = UUID.randomUUID().toString();

        ApiResponse<${resource}Response> created =
                api.create${resource}WithHttpInfo(${Resources}Api.APICreate${resource}Request.newBuilder()
                        .${resourceVar}Request(request)
                        .idempotencyKey(key)
                        .build());
        ApiResponse<${resource}Response> replayed =
                api.create${resource}WithHttpInfo(${Resources}Api.APICreate${resource}Request.newBuilder()
                        .${resourceVar}Request(request)
                        .idempotencyKey(key)
                        .build());

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created, "Location"))
                .endsWith("/${resourcePath}/" + created.getData().getId());
        assertThat(created.getData().getVersion()).isZero();
        assertThat(replayed.getData().getId()).isEqualTo(created.getData().getId());
        assertThat(header(replayed, "Idempotent-Replayed")).isEqualTo("true");
        ${resource}Response read = api.get${resource}(created.getData().getId());
        assertThat(read).isEqualTo(created.getData());
        assertSameValues(sent, asMap(read));
    }

    @Test
    void shouldListAPageInTheRequestedOrder() throws Exception {
        long older = api.create${resource}(create(request(valid()))).getId();
        long newer = api.create${resource}(create(request(valid()))).getId();

        Page${resource}Response page = api.list${Resources}(${Resources}Api.APIList${Resources}Request.newBuilder()
                .sort("-createdAt")
                .size(2)
                .build());

        assertThat(page.getItems()).extracting(${resource}Response::getId).containsExactly(newer, older);
        assertThat(page.getTotalItems()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldReplaceAndChangeWithTheETagAndRefuseAStaleChange() throws Exception {
        ${resource}Response created = api.create${resource}(create(request(valid())));
        ApiResponse<${resource}Response> read = api.get${resource}WithHttpInfo(created.getId());
        String firstVersion = header(read, "ETag");
        Map<String, Object> replacement = valid();
        ${resource}Patch patch = client.getObjectMapper().convertValue(${resource}Fixtures.patch(), ${resource}Patch.class);

        ApiResponse<${resource}Response> replaced =
                api.replace${resource}WithHttpInfo(${Resources}Api.APIReplace${resource}Request.newBuilder()
                        .id(created.getId())
                        .ifMatch(firstVersion)
                        .${resourceVar}Request(request(replacement))
                        .build());
        ${resource}Response changed = api.change${resource}(${Resources}Api.APIChange${resource}Request.newBuilder()
                .id(created.getId())
                .ifMatch(header(replaced, "ETag"))
                .${resourceVar}Patch(patch)
                .build());
        ApiException stale = catchThrowableOfType(
                ApiException.class,
                () -> api.change${resource}(${Resources}Api.APIChange${resource}Request.newBuilder()
                        .id(created.getId())
                        .ifMatch(firstVersion)
                        .${resourceVar}Patch(patch)
                        .build()));

        assertSameValues(replacement, asMap(replaced.getData()));
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = problemOf(stale);
        assertThat(problem.getType()).isEqualTo("urn:uniform:problem:precondition-failed");
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(api.get${resource}(created.getId()).getVersion()).isEqualTo(2);
    }
#if( !$uniqueFields.isEmpty() )

    @Test
    void shouldRefuseATakenUniqueValueWithAProblem() throws Exception {
        Map<String, Object> first = valid();
        api.create${resource}(create(request(first)));
        Map<String, Object> second = valid();
        second.put("${uniqueFields[0].name}", first.get("${uniqueFields[0].name}"));

        ApiException duplicate =
                catchThrowableOfType(ApiException.class, () -> api.create${resource}(create(request(second))));

        assertThat(duplicate.getCode()).isEqualTo(409);
        assertThat(problemOf(duplicate).getType()).isEqualTo("urn:uniform:problem:conflict");
    }
#end

    @Test
    void shouldExportAsAStreamOf${Resources}() throws Exception {
        ${resource}Response created = api.create${resource}(create(request(valid())));

        File export = api.export${Resources}();

        List<String> lines = Files.readAllLines(export.toPath()).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).isNotEmpty();
        List<JsonNode> items = lines.stream().map(this::json).toList();
        assertThat(items).anySatisfy(item -> assertThat(item.get("id").asLong()).isEqualTo(created.getId()));
        Files.delete(export.toPath());
    }

    @Test
    void shouldDeleteWithTheETagAndThenAnswerNotFound() throws Exception {
        ${resource}Response created = api.create${resource}(create(request(valid())));

        ApiResponse<Void> deleted = api.delete${resource}WithHttpInfo(${Resources}Api.APIDelete${resource}Request.newBuilder()
                .id(created.getId())
                .ifMatch("\"" + created.getVersion() + "\"")
                .build());
        ApiException gone = catchThrowableOfType(ApiException.class, () -> api.get${resource}(created.getId()));

        assertThat(deleted.getStatusCode()).isEqualTo(204);
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problemOf(gone).getType()).isEqualTo("urn:uniform:problem:not-found");
    }

    /** The client's model of a request body, from a body of the fixtures. */
    private ${resource}Request request(Map<String, Object> body) {
        return client.getObjectMapper().convertValue(body, ${resource}Request.class);
    }

    /** The client's model as the JSON object it stands for. */
    private Map<String, Object> asMap(${resource}Response response) throws Exception {
        return client.getObjectMapper().readValue(client.getObjectMapper().writeValueAsString(response), Map.class);
    }

    private static ${Resources}Api.APICreate${resource}Request create(${resource}Request request) {
        return ${Resources}Api.APICreate${resource}Request.newBuilder()
                .${resourceVar}Request(request)
                .build();
    }

    private Problem problemOf(ApiException refusal) throws Exception {
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
    }

    private JsonNode json(String line) {
        try {
            return client.getObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    /** HTTP header names are case-insensitive; the client keeps them as received. */
    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .flatMap(List::stream)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.getHeaders()));
    }
#set( $hasSessions = false )
#parse( "/archetype-resources/cleanup.vm" )
}
