#parse( "/archetype-resources/names.vm" )
package ${package}.${feature};

import static ${package}.${feature}.${resource}Fixtures.uniquePrefix;
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
import ${package}.client.model.${resource}Statistics;
import ${package}.client.model.${resource}Status;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
        ${resource}Request request = request(uniquePrefix() + "-1", "Client kettle", "19.90");
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
        assertThat(created.getData().getCode()).isEqualTo(request.getCode());
        assertThat(created.getData().getVersion()).isZero();
        assertThat(replayed.getData().getId()).isEqualTo(created.getData().getId());
        assertThat(header(replayed, "Idempotent-Replayed")).isEqualTo("true");

        ${resource}Response read = api.get${resource}(created.getData().getId());
        assertThat(read.getName()).isEqualTo("Client kettle");
        assertThat(read.getPrice()).isEqualByComparingTo("19.90");
        assertThat(read.getStatus()).isEqualTo(${resource}Status.ACTIVE);
    }

    @Test
    void shouldListWithFiltersAndSort() throws Exception {
        String prefix = uniquePrefix();
        api.create${resource}(create(request(prefix + "-1", "Cheap", "5.00")));
        api.create${resource}(create(request(prefix + "-2", "Dear", "50.00")));
        api.create${resource}(create(request(prefix + "-3", "Middle", "20.00")));

        Page${resource}Response page = api.list${Resources}(${Resources}Api.APIList${Resources}Request.newBuilder()
                .q(prefix)
                .status(${resource}Status.ACTIVE)
                .minPrice(new BigDecimal("10.00"))
                .sort("-price")
                .size(10)
                .build());

        assertThat(page.getTotalItems()).isEqualTo(2);
        assertThat(page.getItems()).extracting(${resource}Response::getName).containsExactly("Dear", "Middle");
    }

    @Test
    void shouldReplaceAndChangeWithTheETagAndRefuseAStaleChange() throws Exception {
        ${resource}Response created = api.create${resource}(create(request(uniquePrefix() + "-1", "Kettle", "10.00")));
        ApiResponse<${resource}Response> read = api.get${resource}WithHttpInfo(created.getId());
        String firstVersion = header(read, "ETag");

        ApiResponse<${resource}Response> replaced =
                api.replace${resource}WithHttpInfo(${Resources}Api.APIReplace${resource}Request.newBuilder()
                        .id(created.getId())
                        .ifMatch(firstVersion)
                        .${resourceVar}Request(request(created.getCode(), "Kettle II", "12.00"))
                        .build());
        ${resource}Response changed = api.change${resource}(${Resources}Api.APIChange${resource}Request.newBuilder()
                .id(created.getId())
                .ifMatch(header(replaced, "ETag"))
                .${resourceVar}Patch(new ${resource}Patch().price(new BigDecimal("11.00")))
                .build());
        ApiException stale = catchThrowableOfType(
                ApiException.class,
                () -> api.change${resource}(${Resources}Api.APIChange${resource}Request.newBuilder()
                        .id(created.getId())
                        .ifMatch(firstVersion)
                        .${resourceVar}Patch(new ${resource}Patch().name("Lost update"))
                        .build()));

        assertThat(replaced.getData().getName()).isEqualTo("Kettle II");
        assertThat(changed.getName()).isEqualTo("Kettle II");
        assertThat(changed.getPrice()).isEqualByComparingTo("11.00");
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = problemOf(stale);
        assertThat(problem.getType()).isEqualTo("urn:uniform:problem:precondition-failed");
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(api.get${resource}(created.getId()).getName()).isEqualTo("Kettle II");
    }

    @Test
    void shouldRefuseADuplicateCodeWithAProblem() throws Exception {
        String code = uniquePrefix() + "-1";
        api.create${resource}(create(request(code, "First", "1.00")));

        ApiException duplicate = catchThrowableOfType(
                ApiException.class, () -> api.create${resource}(create(request(code, "Second", "2.00"))));

        assertThat(duplicate.getCode()).isEqualTo(409);
        assertThat(problemOf(duplicate).getType()).isEqualTo("urn:uniform:problem:conflict");
    }

    @Test
    void shouldCountNew${Resources}InTheStatistics() throws Exception {
        ${resource}Statistics before = api.get${resource}Statistics();
        api.create${resource}(create(request(uniquePrefix() + "-1", "Counted", "3.00")));

        ${resource}Statistics after = api.get${resource}Statistics();

        assertThat(after.getTotal()).isEqualTo(before.getTotal() + 1);
        assertThat(after.getByStatus()).containsKey("ACTIVE");
        assertThat(after.getByStatus().get("ACTIVE"))
                .isEqualTo(before.getByStatus().getOrDefault("ACTIVE", 0L) + 1);
    }

    @Test
    void shouldExportAsAStreamOf${Resources}() throws Exception {
        ${resource}Response created = api.create${resource}(create(request(uniquePrefix() + "-1", "Exported", "4.00")));

        File export = api.export${Resources}();

        List<String> lines = Files.readAllLines(export.toPath()).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).isNotEmpty();
        List<JsonNode> items = lines.stream().map(this::json).toList();
        assertThat(items).anySatisfy(item -> {
            assertThat(item.get("id").asLong()).isEqualTo(created.getId());
            assertThat(item.get("name").asText()).isEqualTo("Exported");
        });
        Files.delete(export.toPath());
    }

    @Test
    void shouldDeleteWithTheETagAndThenAnswerNotFound() throws Exception {
        ${resource}Response created = api.create${resource}(create(request(uniquePrefix() + "-1", "Doomed", "1.00")));

        ApiResponse<Void> deleted = api.delete${resource}WithHttpInfo(${Resources}Api.APIDelete${resource}Request.newBuilder()
                .id(created.getId())
                .ifMatch("\"" + created.getVersion() + "\"")
                .build());
        ApiException gone = catchThrowableOfType(ApiException.class, () -> api.get${resource}(created.getId()));

        assertThat(deleted.getStatusCode()).isEqualTo(204);
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problemOf(gone).getType()).isEqualTo("urn:uniform:problem:not-found");
    }

    private static ${resource}Request request(String code, String name, String price) {
        return new ${resource}Request()
                .code(code)
                .name(name)
                .price(new BigDecimal(price))
                .status(${resource}Status.ACTIVE);
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
}
