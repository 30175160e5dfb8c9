package dev.uniform.internal.openapi;

import dev.uniform.concurrency.IfMatch;
import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.idempotency.Idempotent;
import dev.uniform.internal.paging.PageLinks;
import dev.uniform.paging.PageCursor;
import dev.uniform.resource.Representation;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Documents what uniform-runtime does for every resource, so that no resource repeats it: the schemas of
 * {@link Representation}s with every property always present and {@code id}, {@code version}, {@code createdAt} and
 * {@code updatedAt} described; {@code ETag} and {@code Cache-Control} on every success that returns one, and
 * {@code Location} on a 201; where an operation takes {@code If-Match}, its 412 and 428; where it takes
 * {@code Idempotency-Key}, its 422 and the replay header; where its path names an {@code {id}}, its 404; for a listing, the fields its {@code sort} takes. A
 * representation's properties say what the same properties of its request say, where the resource says nothing of its
 * own. What a resource documents itself is kept. Runs once, when the document is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ResourceDocumentation implements OASFilter {

    private static final DotName REPRESENTATION = DotName.createSimple(Representation.class);
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String JSON = "application/json";
    private static final String ID = "id";

    /** What every response of the API says to caches (NoStoreByDefault), documented where a resource is returned. */
    private static final String NO_STORE =
            "no-store: no cache keeps the response; read it again for the current version.";

    /** An entity tag: a version (a Java long) in quotes. */
    private static final int ETAG_LENGTH = String.valueOf(Long.MAX_VALUE).length() + 2;

    /** A header value the kit writes from a few words, such as {@code no-store}. */
    private static final int HEADER_LENGTH = 256;

    /**
     * An absolute URL of the service's: its origin and a path, which the request-line limit keeps to 4096 characters
     * (uniform.http.limits).
     */
    static final int URL_LENGTH = 8192;

    /** The properties every representation has, with what they mean and an example. */
    private static final Map<String, String[]> SHARED_PROPERTIES = Map.of(
            ID,
            new String[] {"Identifier assigned by the service.", "1"},
            "version",
            new String[] {"Version of this state, also sent as the ETag header; send it back in If-Match.", "0"},
            "createdAt",
            new String[] {"When it was created.", "2026-01-15T09:30:00Z"},
            "updatedAt",
            new String[] {"When it last changed.", "2026-01-15T09:30:00Z"});

    private final Set<String> representations;

    /** The representation each resource method returns, by its HTTP method and path: {@code POST /products}. */
    private final Map<String, String> returned;

    private final SortDocumentation sorting;

    /**
     * Made by Quarkus when it builds the document, with the application's index.
     *
     * @param index the classes of the application and its libraries, among them the representations
     */
    public ResourceDocumentation(IndexView index) {
        Map<DotName, String> schemas = index.getAllKnownImplementations(REPRESENTATION).stream()
                .collect(Collectors.toUnmodifiableMap(ClassInfo::name, ResourceMethods::schemaName));
        this.representations = Set.copyOf(schemas.values());
        this.returned = ResourceMethods.representationsReturned(index, schemas);
        this.sorting = SortDocumentation.of(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach(this::documentOperations);
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            Map<String, String> requests = requestsOf(openAPI);
            schemas.forEach((name, schema) -> {
                if (representations.contains(name)) {
                    documentRepresentation(schema, schemas.get(requests.get(name)));
                }
            });
            sorting.document(openAPI, schemas);
        }
    }

    /**
     * The request schema each representation is created from: the body of the create ({@code POST}) that answers
     * with it.
     */
    private Map<String, String> requestsOf(OpenAPI openAPI) {
        Map<String, String> requests = new HashMap<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return requests;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation create = item.getPOST();
            if (create == null || create.getRequestBody() == null || create.getResponses() == null) {
                return;
            }
            String request = schemaOf(create.getRequestBody().getContent());
            create.getResponses().getAPIResponses().values().forEach(response -> {
                String answered = schemaOf(response.getContent());
                if (request != null && answered != null && representations.contains(answered)) {
                    requests.putIfAbsent(answered, request);
                }
            });
        });
        return requests;
    }

    /**
     * Every property is always present, and the shared ones described. A property the resource did not describe says
     * what the request's property of the same name says, and may be null where the request may leave it out.
     */
    private static void documentRepresentation(Schema schema, Schema request) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        if (request != null && request.getProperties() != null) {
            List<String> required = request.getRequired() == null ? List.of() : request.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            properties.forEach((name, property) -> {
                Schema sent = request.getProperties().get(name);
                if (sent != null) {
                    boundedAs(property, sent);
                }
                if (sent != null && property.getDescription() == null) {
                    property.setDescription(sent.getDescription());
                    property.setExamples(sent.getExamples());
                    if (!required.contains(name)) {
                        properties.put(name, nullable(property));
                    }
                }
            });
            schema.setProperties(properties);
        }
        SHARED_PROPERTIES.forEach((name, meaning) -> {
            Schema property = schema.getProperties().get(name);
            if (property != null && property.getDescription() == null) {
                property.setDescription(meaning[0]);
                property.setExamples(
                        List.of(name.equals(ID) || name.equals("version") ? Long.valueOf(meaning[1]) : meaning[1]));
            }
            if (property != null && isInteger(property) && property.getMaximum() == null) {
                // Identifiers come from a sequence starting at 1, versions count from 0; both are Java longs.
                property.setMinimum(name.equals(ID) ? BigDecimal.ONE : BigDecimal.ZERO);
                property.setMaximum(BigDecimal.valueOf(Long.MAX_VALUE));
            }
        });
    }

    /**
     * A stored value is one a request sent, so the representation's property has the request's bounds: a client can
     * size what it reads by them (OWASP API4:2023).
     */
    private static void boundedAs(Schema property, Schema sent) {
        if (property.getMaxLength() == null) {
            property.setMaxLength(sent.getMaxLength());
        }
        if (property.getMaxItems() == null) {
            property.setMaxItems(sent.getMaxItems());
        }
        if (property.getMinimum() == null && property.getExclusiveMinimum() == null) {
            property.setMinimum(sent.getMinimum());
            property.setExclusiveMinimum(sent.getExclusiveMinimum());
        }
        if (property.getMaximum() == null && property.getExclusiveMaximum() == null) {
            property.setMaximum(sent.getMaximum());
            property.setExclusiveMaximum(sent.getExclusiveMaximum());
        }
    }

    private static boolean isInteger(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
    }

    private void documentOperations(String path, PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            String representation = ResourceMethods.find(returned, method.name(), path);
            addSuccessIfNone(operation.getResponses(), representation);
            documentParameters(operation, path.contains("{" + ID + "}"));
            operation
                    .getResponses()
                    .getAPIResponses()
                    .forEach((status, response) -> documentSuccess(status, response, representation));
        });
    }

    /**
     * The success of an operation that declares only its errors, which SmallRye then leaves out: a 200 with what the
     * method returns, or a 204 where it returns nothing.
     */
    private static void addSuccessIfNone(APIResponses responses, String representation) {
        boolean declared = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(status -> status.startsWith("2"));
        if (declared || representation == null) {
            return;
        }
        if (representation.equals(ResourceMethods.NO_BODY)) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; nothing to return."));
        } else {
            responses.addAPIResponse("200", OASFactory.createAPIResponse());
        }
    }

    private static void documentParameters(Operation operation, boolean byId) {
        APIResponses responses = operation.getResponses();
        if (byId) {
            addIfAbsent(responses, "404", "Nothing has this identifier: it never existed, or it was deleted.");
        }
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String name = parameter.getName();
            if (parameter.getIn() == Parameter.In.PATH && name.equals(ID)) {
                // An example of the identifier's own type: 1 would be invalid for a string one.
                describe(
                        parameter,
                        "Identifier of the resource, as the service assigned it.",
                        isInteger(parameter) ? 1 : null);
                if (isInteger(parameter) && parameter.getSchema().getMaximum() == null) {
                    // Any long is taken, and one nothing has is a 404: bounds a client can size its value by.
                    parameter
                            .getSchema()
                            .minimum(BigDecimal.valueOf(Long.MIN_VALUE))
                            .maximum(BigDecimal.valueOf(Long.MAX_VALUE));
                }
            } else if (parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(IfMatch.HEADER)) {
                describe(parameter, "The ETag of the resource as last read. * matches any version.", "\"0\"");
                addIfAbsent(responses, "412", "It has changed since the caller read it: read it again.");
                addIfAbsent(responses, "428", "If-Match is missing.");
            } else if (parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(IdempotencyKey.HEADER)) {
                describe(
                        parameter,
                        "A key the client makes for this one request, such as a UUID: a retry with the same key and"
                                + " body gets the first response instead of creating again. Remembered for a day.",
                        "8e4f9b2c-1d3a-4c5e-9f7b-6a2d0c8e1f34");
                addIfAbsent(responses, "422", "The Idempotency-Key was first used with a different request.");
                responses.getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        addHeader(
                                response,
                                Idempotent.REPLAYED_HEADER,
                                "true when this is the first response to the same Idempotency-Key, replayed.",
                                "true".length());
                    }
                });
            } else if (parameter.getIn() == Parameter.In.QUERY && name.equals(PageCursor.PARAMETER)) {
                responses.getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        addHeader(
                                response,
                                PageLinks.HEADER,
                                "Links to the pages beside this one (RFC 8288): rel=\"next\", rel=\"prev\" and"
                                        + " rel=\"first\", each this request's URL with its cursor.",
                                URL_LENGTH * 3);
                    }
                });
            }
        }
    }

    /**
     * A success whose body is a representation says where its version is, and a 201 where the new one is. A success
     * the resource declared without a body gets the one its method returns (SmallRye infers only a 200's).
     */
    private void documentSuccess(String status, APIResponse response, String representation) {
        if (!status.startsWith("2") || status.equals("204")) {
            return;
        }
        if (response.getContent() == null
                && representation != null
                && !representation.equals(ResourceMethods.NO_BODY)) {
            response.setContent(OASFactory.createContent()
                    .addMediaType(
                            JSON,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref(representation))));
        }
        if (!returnsRepresentation(response.getContent())) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().equals("OK")) {
            response.setDescription(
                    status.equals("201") ? "Created; the Location header holds its URL." : "The resource as stored.");
        }
        addHeader(response, HttpHeaders.ETAG, "The version of this state, for If-Match.", ETAG_LENGTH);
        addHeader(response, HttpHeaders.CACHE_CONTROL, NO_STORE, HEADER_LENGTH);
        if (status.equals("201")) {
            addHeader(response, HttpHeaders.LOCATION, "URL of the new resource.", URL_LENGTH);
        }
    }

    private boolean returnsRepresentation(Content content) {
        String schema = schemaOf(content);
        return schema != null && representations.contains(schema);
    }

    /** The name of the component schema a JSON body refers to, or null. */
    private static String schemaOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return null;
        }
        MediaType json = content.getMediaTypes().get(JSON);
        String ref = json == null || json.getSchema() == null
                ? null
                : json.getSchema().getRef();
        return ref != null && ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : null;
    }

    /** {@code property}, or null: a reference becomes one of two choices, a type gains {@code null}. */
    private static Schema nullable(Schema property) {
        if (property.getRef() == null) {
            return property.getType() == null || property.getType().contains(Schema.SchemaType.NULL)
                    ? property
                    : property.addType(Schema.SchemaType.NULL);
        }
        Schema reference = OASFactory.createSchema().ref(property.getRef());
        property.setRef(null);
        property.setType(null);
        return property.anyOf(List.of(reference, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
    }

    private static boolean isInteger(Parameter parameter) {
        return parameter.getSchema() != null && isInteger(parameter.getSchema());
    }

    private static void describe(Parameter parameter, String description, Object example) {
        if (parameter.getDescription() == null) {
            parameter.setDescription(description);
        }
        if (parameter.getExample() == null) {
            parameter.setExample(example);
        }
    }

    private static void addHeader(APIResponse response, String name, String description, int maxLength) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header header = OASFactory.createHeader()
                    .description(description)
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .maxLength(maxLength));
            response.addHeader(name, header);
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                    status,
                    OASFactory.createAPIResponse()
                            .description(description)
                            .content(ProblemResponsesFilter.problemContent()));
        }
    }
}
