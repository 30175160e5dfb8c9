#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.valid;
import static dev.uniform.testing.JsonValues.assertSameValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.uniform.devauth.PackagedServiceIssuer;
import dev.uniform.devauth.TestTokens;
import dev.uniform.devdb.PackagedServiceDatabase;
import ${package}.client.ApiClient;
import ${package}.client.ApiException;
import ${package}.client.ApiResponse;
import ${package}.client.api.${Resources}Api;
import ${package}.client.model.CursorPage${resource}Response;
import ${package}.client.model.Problem;
import ${package}.client.model.${resource}Patch;
import ${package}.client.model.${resource}Request;
import ${package}.client.model.${resource}Response;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as production runs it ({@code java -jar} in the production profile, a real PostgreSQL, a real
 * issuer's tokens), driven through the Java client openapi-generator makes from api/openapi.json, as a consumer of the
 * API makes one. On JDK 25 this run also trains the service's AOT cache ({@code target/quarkus-app/app.aot}).
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedServiceDatabase.class)
@WithTestResource(PackagedServiceIssuer.class)
class ${resource}ClientIT {

    private ApiClient client;
    private ${Resources}Api api;

    @BeforeEach
    void connect() {
        String token = TestTokens.issue("client", Set.of(${resource}Roles.WRITE, ${resource}Roles.DELETE));
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        api = new ${Resources}Api(client);
    }

    @Test
    void shouldTakeA${resource}ThroughItsWholeLife() throws Exception {
        Map<String, Object> sent = valid();
        String key = UUID.randomUUID().toString();

        ApiResponse<${resource}Response> created = api.create${resource}WithHttpInfo(create(request(sent), key));
        ApiResponse<${resource}Response> replayed = api.create${resource}WithHttpInfo(create(request(sent), key));
        long id = created.getData().getId();
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created, "Location")).endsWith("/${resourcePath}/" + id);
        assertThat(replayed.getData()).isEqualTo(created.getData());
        assertThat(header(replayed, "Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.get${resource}(id)).isEqualTo(created.getData());
        assertSameValues(sent, asMap(api.get${resource}(id)));
        assertThat(api.list${Resources}(${Resources}Api.APIList${Resources}Request.newBuilder().sort("-createdAt").size(1).build()).getItems())
                .extracting(${resource}Response::getId)
                .containsExactly(id);

        Map<String, Object> replacement = valid();
        ApiResponse<${resource}Response> replaced = api.replace${resource}WithHttpInfo(${Resources}Api.APIReplace${resource}Request.newBuilder()
                .id(id)
                .ifMatch(header(created, "ETag"))
                .${resourceVar}Request(request(replacement))
                .build());
        assertSameValues(replacement, asMap(replaced.getData()));
        ${resource}Patch patch = client.getObjectMapper().convertValue(${resource}Fixtures.patch(), ${resource}Patch.class);
        ApiException stale = catchThrowableOfType(ApiException.class, () -> api.change${resource}(changeOf(id, "\"0\"", patch)));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problemOf(stale).getType()).isEqualTo("urn:uniform:problem:precondition-failed");
        assertThat(api.change${resource}(changeOf(id, header(replaced, "ETag"), patch)).getVersion()).isEqualTo(2);

        Path export = api.export${Resources}().toPath();
        assertThat(Files.readAllLines(export)).anySatisfy(line -> assertThat(line).contains("\"id\":" + id + ","));
        Files.delete(export);

        api.delete${resource}(${Resources}Api.APIDelete${resource}Request.newBuilder().id(id).ifMatch("\"2\"").build());
        ApiException gone = catchThrowableOfType(ApiException.class, () -> api.get${resource}(id));
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problemOf(gone).getType()).isEqualTo("urn:uniform:problem:not-found");
    }
#if( !$uniqueFields.isEmpty() )
#set( $taken = $uniqueFields[0] )

    @Test
    void shouldPageByCursorThroughTheClient() throws Exception {
        long first = api.create${resource}(create(request(valid()), null)).getId();
        long second = api.create${resource}(create(request(valid()), null)).getId();
        long third = api.create${resource}(create(request(valid()), null)).getId();

        CursorPage${resource}Response newest = api.list${Resources}(${Resources}Api.APIList${Resources}Request.newBuilder().sort("-createdAt").size(1).build());
        CursorPage${resource}Response older = api.list${Resources}(${Resources}Api.APIList${Resources}Request.newBuilder().cursor(newest.getNext()).size(1).build());
        CursorPage${resource}Response oldest = api.list${Resources}(${Resources}Api.APIList${Resources}Request.newBuilder().cursor(older.getNext()).size(1).build());
        CursorPage${resource}Response back = api.list${Resources}(${Resources}Api.APIList${Resources}Request.newBuilder().cursor(oldest.getPrevious()).size(1).build());

        assertThat(List.of(newest, older, oldest))
                .flatExtracting(CursorPage${resource}Response::getItems)
                .extracting(${resource}Response::getId)
                .containsExactly(third, second, first);
        assertThat(back.getItems()).extracting(${resource}Response::getId).containsExactly(second);
        assertThat(newest.getPrevious()).isNull();
        assertThat(newest.getTotalItems()).isNull();
    }

    @Test
    void shouldRefuseATakenUniqueValueWithAProblem() throws Exception {
        Map<String, Object> first = valid();
        api.create${resource}(create(request(first), null));
        Map<String, Object> second = valid();
        second.put("${taken.name}", first.get("${taken.name}"));

        ApiException taken = catchThrowableOfType(ApiException.class, () -> api.create${resource}(create(request(second), null)));

        assertThat(taken.getCode()).isEqualTo(409);
        assertThat(problemOf(taken).getDetail()).isEqualTo("Another ${label} already has this ${taken.label}; ${taken.name} must be unique.");
    }
#end

    private ${resource}Request request(Map<String, Object> body) {
        return client.getObjectMapper().convertValue(body, ${resource}Request.class);
    }

    private static ${Resources}Api.APICreate${resource}Request create(${resource}Request request, String key) {
        return ${Resources}Api.APICreate${resource}Request.newBuilder().${resourceVar}Request(request).idempotencyKey(key).build();
    }

    private static ${Resources}Api.APIChange${resource}Request changeOf(long id, String ifMatch, ${resource}Patch patch) {
        return ${Resources}Api.APIChange${resource}Request.newBuilder().id(id).ifMatch(ifMatch).${resourceVar}Patch(patch).build();
    }

    /** The client's model as the JSON object it stands for. */
    private Map<String, Object> asMap(${resource}Response response) {
        return client.getObjectMapper().convertValue(response, Map.class);
    }

    private Problem problemOf(ApiException refusal) throws Exception {
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
    }

    /** HTTP header names are case-insensitive; the client keeps them as received. */
    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.getHeaders()));
    }
}
