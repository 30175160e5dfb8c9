package dev.uniform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the API a service serves differs from the API it committed, each difference judged by what it does to a client
 * written against the committed one: compatible (an operation, an optional parameter or a response property added, a
 * limit on input loosened, a description reworded) or breaking (anything removed or renamed, input refused that was
 * accepted, output a client cannot expect). A request schema and a response schema are judged in opposite directions:
 * a new enum value is something more a client may send, but something more it must understand. What this class does
 * not recognise is breaking, so that it errs towards asking.
 */
final class ApiChanges {

    /** One difference: where it is (a JSON pointer into the documents), what it is, and whether it breaks clients. */
    record Change(String pointer, String what, boolean breaking) {

        @Override
        public String toString() {
            return pointer + ": " + what;
        }
    }

    /** Which way data flows through a schema: what clients send, what they receive, or both. */
    private enum Direction {
        REQUEST,
        RESPONSE,
        BOTH;

        Direction with(Direction other) {
            return other == null || other == this ? this : BOTH;
        }

        boolean sent() {
            return this != RESPONSE;
        }

        boolean received() {
            return this != REQUEST;
        }
    }

    private static final Set<String> DOCUMENTATION =
            Set.of("description", "summary", "example", "examples", "title", "externalDocs", "deprecated");
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> UPPER_BOUNDS = Set.of("maxLength", "maximum", "exclusiveMaximum", "maxItems");
    private static final Set<String> LOWER_BOUNDS = Set.of("minLength", "minimum", "exclusiveMinimum", "minItems");
    private static final Set<String> SHAPES = Set.of("pattern", "multipleOf");

    /**
     * Marks a schema whose bounds the service has always enforced before they were documented (uniform-runtime's
     * InputLimitsDocumentation puts it on parameters bounded by the request line, the headers' size, or the kit's own
     * checks): a bound new there describes what was already so, and no client that worked breaks by it.
     */
    private static final String ENFORCED = "x-uniform-enforced";

    private static final String SCHEMAS = "/components/schemas/";

    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Direction> schemaUse;

    private ApiChanges(Map<String, Direction> schemaUse) {
        this.schemaUse = schemaUse;
    }

    /**
     * Every difference between two OpenAPI 3.1 documents, in document order.
     *
     * @param committed the document clients were written against
     * @param served the document the service serves now
     * @return the differences, empty when the documents are equal
     */
    static List<Change> between(JsonNode committed, JsonNode served) {
        Map<String, Direction> use = new HashMap<>();
        SchemaUse.collect(committed, use);
        SchemaUse.collect(served, use);
        ApiChanges found = new ApiChanges(use);
        found.document(committed, served);
        return List.copyOf(found.changes);
    }

    private void document(JsonNode committed, JsonNode served) {
        for (String key : keys(committed, served)) {
            String pointer = "/" + escaped(key);
            JsonNode before = committed.path(key);
            JsonNode after = served.path(key);
            switch (key) {
                case "info", "tags", "servers" -> documentation(pointer, before, after);
                case "paths" -> paths(pointer, before, after);
                case "components" -> components(pointer, before, after);
                default -> anything(pointer, before, after);
            }
        }
    }

    private void paths(String pointer, JsonNode committed, JsonNode served) {
        for (String path : keys(committed, served)) {
            String itemPointer = pointer + "/" + escaped(path);
            JsonNode before = committed.path(path);
            JsonNode after = served.path(path);
            for (String key : keys(before, after)) {
                String method = key.toUpperCase(Locale.ROOT);
                if (!METHODS.contains(key)) {
                    anything(itemPointer + "/" + escaped(key), before.path(key), after.path(key));
                } else if (after.path(key).isMissingNode()) {
                    breaking(itemPointer + "/" + key, method + " " + path + " is gone");
                } else if (before.path(key).isMissingNode()) {
                    compatible(itemPointer + "/" + key, method + " " + path + " is new");
                } else {
                    operation(itemPointer + "/" + key, before.path(key), after.path(key));
                }
            }
        }
    }

    private void operation(String pointer, JsonNode committed, JsonNode served) {
        for (String key : keys(committed, served)) {
            String at = pointer + "/" + escaped(key);
            JsonNode before = committed.path(key);
            JsonNode after = served.path(key);
            switch (key) {
                case "operationId" ->
                    differs(at, before, after, true, "operationId changed: generated clients name their method by it");
                case "tags" ->
                    differs(at, before, after, true, "tags changed: generated clients group operations by them");
                case "parameters" -> parameters(at, before, after);
                case "requestBody" -> requestBody(at, before, after);
                case "responses" -> responses(at, before, after);
                case "security" -> security(at, before, after);
                default -> anything(at, before, after);
            }
        }
    }

    private void parameters(String pointer, JsonNode committed, JsonNode served) {
        Map<String, JsonNode> before = byNameAndPlace(committed);
        Map<String, JsonNode> after = byNameAndPlace(served);
        for (String name : union(before.keySet(), after.keySet())) {
            String at = pointer + "/" + escaped(name);
            JsonNode old = before.getOrDefault(name, MissingNode.getInstance());
            JsonNode now = after.getOrDefault(name, MissingNode.getInstance());
            if (now.isMissingNode()) {
                breaking(at, "parameter " + name + " is gone: clients that send it are refused");
            } else if (old.isMissingNode()) {
                change(
                        at,
                        "parameter " + name + " is new" + (isTrue(now, "required") ? " and required" : ""),
                        isTrue(now, "required"));
            } else {
                for (String key : keys(old, now)) {
                    String keyAt = at + "/" + escaped(key);
                    switch (key) {
                        case "required" -> required(keyAt, "parameter " + name, isTrue(old, key), isTrue(now, key));
                        case "schema" -> schema(keyAt, old.path(key), now.path(key), Direction.REQUEST);
                        default -> anything(keyAt, old.path(key), now.path(key));
                    }
                }
            }
        }
    }

    private void requestBody(String pointer, JsonNode committed, JsonNode served) {
        if (served.isMissingNode()) {
            breaking(pointer, "the request body is gone");
            return;
        }
        if (committed.isMissingNode()) {
            change(pointer, "a request body is new", isTrue(served, "required"));
            return;
        }
        for (String key : keys(committed, served)) {
            String at = pointer + "/" + escaped(key);
            switch (key) {
                case "required" -> required(at, "the request body", isTrue(committed, key), isTrue(served, key));
                case "content" -> content(at, committed.path(key), served.path(key), Direction.REQUEST);
                default -> anything(at, committed.path(key), served.path(key));
            }
        }
    }

    private void responses(String pointer, JsonNode committed, JsonNode served) {
        for (String status : keys(committed, served)) {
            String at = pointer + "/" + escaped(status);
            JsonNode before = committed.path(status);
            JsonNode after = served.path(status);
            if (after.isMissingNode()) {
                // An error a client handled that no longer comes harms nothing; a success it expected does.
                change(at, "response " + status + " is no longer documented", status.startsWith("2"));
            } else if (before.isMissingNode()) {
                compatible(at, "response " + status + " is new");
            } else {
                for (String key : keys(before, after)) {
                    String keyAt = at + "/" + escaped(key);
                    switch (key) {
                        case "content" -> content(keyAt, before.path(key), after.path(key), Direction.RESPONSE);
                        case "headers" -> headers(keyAt, before.path(key), after.path(key));
                        default -> anything(keyAt, before.path(key), after.path(key));
                    }
                }
            }
        }
    }

    private void headers(String pointer, JsonNode committed, JsonNode served) {
        for (String name : keys(committed, served)) {
            String at = pointer + "/" + escaped(name);
            if (served.path(name).isMissingNode()) {
                breaking(at, "response header " + name + " is gone");
            } else if (committed.path(name).isMissingNode()) {
                compatible(at, "response header " + name + " is new");
            } else {
                schemaHolder(at, committed.path(name), served.path(name), Direction.RESPONSE);
            }
        }
    }

    private void content(String pointer, JsonNode committed, JsonNode served, Direction direction) {
        for (String mediaType : keys(committed, served)) {
            String at = pointer + "/" + escaped(mediaType);
            if (served.path(mediaType).isMissingNode()) {
                breaking(at, mediaType + " is gone");
            } else if (committed.path(mediaType).isMissingNode()) {
                compatible(at, mediaType + " is new");
            } else {
                schemaHolder(at, committed.path(mediaType), served.path(mediaType), direction);
            }
        }
    }

    /** A media type or a header: a schema beside documentation. */
    private void schemaHolder(String pointer, JsonNode committed, JsonNode served, Direction direction) {
        for (String key : keys(committed, served)) {
            String at = pointer + "/" + escaped(key);
            if (key.equals("schema") || key.equals("x-item-schema")) {
                schema(at, committed.path(key), served.path(key), direction);
            } else {
                anything(at, committed.path(key), served.path(key));
            }
        }
    }

    /** Any one requirement admits a caller: a new alternative admits more callers, one taken away admits fewer. */
    private void security(String pointer, JsonNode committed, JsonNode served) {
        Set<String> before = requirements(committed);
        Set<String> after = requirements(served);
        if (after.isEmpty() && !before.isEmpty()) {
            compatible(pointer, "no longer needs " + String.join(" or ", before));
        } else if (!before.isEmpty() && after.containsAll(before) && !after.equals(before)) {
            Set<String> added = new TreeSet<>(after);
            added.removeAll(before);
            compatible(pointer, "also accepts " + String.join(" or ", added));
        } else if (!before.equals(after)) {
            breaking(
                    pointer,
                    "needs " + (after.isEmpty() ? "nothing" : String.join(" or ", after)) + " instead of "
                            + (before.isEmpty() ? "nothing" : String.join(" or ", before)));
        }
    }

    private void components(String pointer, JsonNode committed, JsonNode served) {
        for (String key : keys(committed, served)) {
            String at = pointer + "/" + escaped(key);
            if (key.equals("securitySchemes")) {
                securitySchemes(at, committed.path(key), served.path(key));
                continue;
            }
            if (key.equals("headers")) {
                // Response headers shared by reference: judged as a response's own.
                headers(at, committed.path(key), served.path(key));
                continue;
            }
            if (!key.equals("schemas")) {
                anything(at, committed.path(key), served.path(key));
                continue;
            }
            JsonNode before = committed.path(key);
            JsonNode after = served.path(key);
            for (String name : keys(before, after)) {
                Direction use = schemaUse.get(name);
                String schemaAt = at + "/" + escaped(name);
                if (use == null) {
                    compatible(schemaAt, "schema " + name + " is used by no operation");
                } else if (after.path(name).isMissingNode()) {
                    breaking(schemaAt, "schema " + name + " is gone");
                } else if (before.path(name).isMissingNode()) {
                    compatible(schemaAt, "schema " + name + " is new");
                } else {
                    schema(schemaAt, before.path(name), after.path(name), use);
                }
            }
        }
    }

    /** A new way in is for operations to offer (judged there); one gone leaves its callers out. */
    private void securitySchemes(String pointer, JsonNode committed, JsonNode served) {
        for (String name : keys(committed, served)) {
            String at = pointer + "/" + escaped(name);
            if (committed.path(name).isMissingNode()) {
                compatible(at, "security scheme " + name + " is new");
            } else if (served.path(name).isMissingNode()) {
                breaking(at, "security scheme " + name + " is gone");
            } else {
                anything(at, committed.path(name), served.path(name));
            }
        }
    }

    /** A JSON Schema (2020-12), judged by the direction its data flows. */
    private void schema(String pointer, JsonNode committed, JsonNode served, Direction direction) {
        if (committed.isMissingNode() || served.isMissingNode()) {
            differs(
                    pointer,
                    committed,
                    served,
                    true,
                    served.isMissingNode() ? "the schema is gone" : "a schema is new");
            return;
        }
        for (String key : keys(committed, served)) {
            String at = pointer + "/" + escaped(key);
            JsonNode before = committed.path(key);
            JsonNode after = served.path(key);
            if (before.equals(after)) {
                continue;
            }
            switch (key) {
                case "properties" -> properties(at, before, after, direction);
                case "items" -> schema(at, before, after, direction);
                case "required" -> requiredProperties(at, before, after, direction);
                case "enum" -> enumeration(at, before, after, direction);
                case "type" -> type(at, before, after, direction);
                // Generated clients choose their types by it: int64 or int32, a date or a text.
                case "format" -> {
                    if (isDefaultIntegerFormat(before, after, served)) {
                        compatible(at, "format int32 added: the size generated clients give an integer without one");
                    } else {
                        breaking(at, "format " + describe(before, after));
                    }
                }
                default -> {
                    if (key.equals(ENFORCED)) {
                        compatible(at, ENFORCED + " " + describe(before, after));
                    } else if (before.isMissingNode()
                            && isBoundOrShape(key)
                            && served.path(ENFORCED).asBoolean()) {
                        compatible(at, key + " " + after + " is new, and what the service always enforced");
                    } else if (isFormatLength(key, served) || isFormatRange(key, served)) {
                        compatible(at, key + " " + after + " is what format \"" + formatOf(served) + "\" allows");
                    } else if (UPPER_BOUNDS.contains(key) || LOWER_BOUNDS.contains(key)) {
                        bound(at, key, before, after, direction);
                    } else if (SHAPES.contains(key)) {
                        change(at, key + " changed", direction.sent() && !after.isMissingNode());
                    } else {
                        anything(at, before, after);
                    }
                }
            }
        }
    }

    private void properties(String pointer, JsonNode committed, JsonNode served, Direction direction) {
        for (String name : keys(committed, served)) {
            String at = pointer + "/" + escaped(name);
            if (served.path(name).isMissingNode()) {
                breaking(at, "property " + name + " is gone");
            } else if (committed.path(name).isMissingNode()) {
                compatible(at, "property " + name + " is new");
            } else {
                schema(at, committed.path(name), served.path(name), direction);
            }
        }
    }

    private void requiredProperties(String pointer, JsonNode committed, JsonNode served, Direction direction) {
        Set<String> before = texts(committed);
        Set<String> after = texts(served);
        for (String name : union(before, after)) {
            boolean now = after.contains(name);
            if (now == before.contains(name)) {
                continue;
            }
            // Required input is more to send; required output is more to count on, and less is a surprise.
            boolean breaks = now ? direction.sent() : direction.received();
            change(pointer, name + (now ? " is now required" : " is no longer required"), breaks);
        }
    }

    private void enumeration(String pointer, JsonNode committed, JsonNode served, Direction direction) {
        Set<String> before = texts(committed);
        Set<String> after = texts(served);
        for (String value : union(before, after)) {
            boolean now = after.contains(value);
            if (now == before.contains(value)) {
                continue;
            }
            boolean breaks = now ? direction.received() : direction.sent();
            change(pointer, "value " + value + (now ? " is new" : " is gone"), breaks);
        }
    }

    private void type(String pointer, JsonNode committed, JsonNode served, Direction direction) {
        Set<String> before = texts(committed);
        Set<String> after = texts(served);
        boolean widened = after.containsAll(before);
        boolean narrowed = before.containsAll(after);
        boolean breaks = (direction.sent() && !widened) || (direction.received() && !narrowed);
        change(pointer, "type " + before + " is now " + after, breaks);
    }

    /** The schema's format, or {@code uuid} for a property that refers to SmallRye's {@code UUID} component. */
    private static String formatOf(JsonNode schema) {
        return schema.path("$ref").asText().equals("#/components/schemas/UUID")
                ? "uuid"
                : schema.path("format").asText();
    }

    private static boolean isBoundOrShape(String key) {
        return UPPER_BOUNDS.contains(key) || LOWER_BOUNDS.contains(key) || SHAPES.contains(key);
    }

    /**
     * Whether {@code key} of {@code schema} is the least or greatest value of its integer format: a bound every value
     * a client could send already kept, as uniform-runtime documents path identifiers.
     */
    private static boolean isFormatRange(String key, JsonNode schema) {
        JsonNode bound = schema.path(key);
        if (!bound.isIntegralNumber()) {
            return false;
        }
        long[] range = switch (schema.path("format").asText()) {
            case "int32" -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case "int64" -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
            default -> null;
        };
        return range != null
                && (key.equals("minimum") && bound.asLong() <= range[0]
                        || key.equals("maximum") && bound.asLong() >= range[1]);
    }

    /** Whether an integer gained {@code int32}: the type openapi-generator's languages already chose without it. */
    private static boolean isDefaultIntegerFormat(JsonNode before, JsonNode after, JsonNode schema) {
        JsonNode type = schema.path("type");
        boolean integer = type.asText().equals("integer")
                || type.isArray() && type.toString().contains("\"integer\"");
        return integer && before.isMissingNode() && after.asText().equals("int32");
    }

    /**
     * Whether {@code key} of {@code schema} is a maximum length no value of its format exceeds: a date or date-time
     * (RFC 3339, nine fraction digits and an offset at most) or a UUID (a property of which refers to SmallRye's
     * {@code UUID} component), as uniform-runtime documents them. A client never sent a
     * longer one that the service took.
     */
    private static boolean isFormatLength(String key, JsonNode schema) {
        int natural = switch (formatOf(schema)) {
            case "date-time" -> 35;
            case "date" -> 10;
            case "uuid" -> 36;
            default -> -1;
        };
        return key.equals("maxLength") && natural > 0 && schema.path(key).asInt(-1) >= natural;
    }

    /** A limit on values: tighter breaks what clients send, looser only what they may receive (which none checks). */
    private void bound(String pointer, String key, JsonNode committed, JsonNode served, Direction direction) {
        boolean upper = UPPER_BOUNDS.contains(key);
        boolean tighter;
        if (served.isMissingNode()) {
            tighter = false;
        } else if (committed.isMissingNode()) {
            tighter = true;
        } else if (served.isNumber() && committed.isNumber()) {
            int comparison = served.decimalValue().compareTo(committed.decimalValue());
            tighter = upper ? comparison < 0 : comparison > 0;
        } else {
            tighter = true;
        }
        String what = served.isMissingNode()
                ? key + " " + committed + " is gone"
                : committed.isMissingNode()
                        ? key + " " + served + " is new"
                        : key + " " + committed + " is now " + served;
        change(pointer, what, tighter && direction.sent());
    }

    private void required(String pointer, String what, boolean before, boolean after) {
        if (before != after) {
            change(pointer, what + (after ? " is now required" : " is no longer required"), after);
        }
    }

    /** Documentation reworded is compatible; any other change this class has no rule for is breaking. */
    private void anything(String pointer, JsonNode committed, JsonNode served) {
        if (committed.equals(served)) {
            return;
        }
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (DOCUMENTATION.contains(key)) {
            documentation(pointer, committed, served);
        } else if (committed.isObject() && served.isObject()) {
            for (String child : keys(committed, served)) {
                anything(pointer + "/" + escaped(child), committed.path(child), served.path(child));
            }
        } else {
            breaking(pointer, describe(committed, served));
        }
    }

    /** Words for readers, not terms for clients: every change to them is compatible, named where it is. */
    private void documentation(String pointer, JsonNode committed, JsonNode served) {
        if (committed.equals(served)) {
            return;
        }
        if (committed.isObject() && served.isObject()) {
            for (String child : keys(committed, served)) {
                documentation(pointer + "/" + escaped(child), committed.path(child), served.path(child));
            }
        } else {
            compatible(pointer, "documentation " + describe(committed, served));
        }
    }

    private void differs(String pointer, JsonNode committed, JsonNode served, boolean breaking, String what) {
        if (!committed.equals(served)) {
            change(pointer, what, breaking);
        }
    }

    private void compatible(String pointer, String what) {
        change(pointer, what, false);
    }

    private void breaking(String pointer, String what) {
        change(pointer, what, true);
    }

    private void change(String pointer, String what, boolean breaking) {
        changes.add(new Change(pointer, what, breaking));
    }

    private static String describe(JsonNode committed, JsonNode served) {
        if (served.isMissingNode()) {
            return "removed";
        }
        if (committed.isMissingNode()) {
            return "added";
        }
        return "changed";
    }

    private static Set<String> requirements(JsonNode security) {
        Set<String> found = new TreeSet<>();
        security.forEach(requirement -> {
            // The schemes of one requirement are all needed together.
            Set<String> together = new TreeSet<>();
            requirement.fields().forEachRemaining(scheme -> together.add(scheme.getKey() + texts(scheme.getValue())));
            found.add(String.join(" and ", together));
        });
        return found;
    }

    private static Map<String, JsonNode> byNameAndPlace(JsonNode parameters) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        parameters.forEach(parameter -> found.put(
                parameter.path("in").asText() + " " + parameter.path("name").asText(), parameter));
        return found;
    }

    private static boolean isTrue(JsonNode node, String key) {
        return node.path(key).asBoolean(false);
    }

    private static Set<String> texts(JsonNode node) {
        if (node.isTextual()) {
            return Set.of(node.asText());
        }
        Set<String> found = new TreeSet<>();
        node.forEach(value -> found.add(value.asText()));
        return found;
    }

    /** The keys of both objects, the committed one's first, each once. */
    private static Set<String> keys(JsonNode committed, JsonNode served) {
        Set<String> keys = new LinkedHashSet<>();
        committed.fieldNames().forEachRemaining(keys::add);
        served.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }

    /** A name as a JSON pointer segment (RFC 6901): paths such as /items/{id} contain slashes. */
    static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Which component schemas each document uses to read requests, to write responses, or both. */
    private static final class SchemaUse {

        private SchemaUse() {}

        static void collect(JsonNode document, Map<String, Direction> use) {
            JsonNode schemas = document.path("components").path("schemas");
            for (JsonNode item : iterable(document.path("paths").elements())) {
                for (JsonNode operation : iterable(item.elements())) {
                    operation.path("parameters").forEach(p -> mark(p.path("schema"), Direction.REQUEST, schemas, use));
                    operation
                            .path("requestBody")
                            .path("content")
                            .forEach(media -> mark(media, Direction.REQUEST, schemas, use));
                    for (JsonNode response :
                            iterable(operation.path("responses").elements())) {
                        response.path("content").forEach(media -> mark(media, Direction.RESPONSE, schemas, use));
                        response.path("headers").forEach(header -> mark(header, Direction.RESPONSE, schemas, use));
                    }
                }
            }
        }

        /** Marks every component schema {@code node} refers to, at any depth, with {@code direction}. */
        private static void mark(JsonNode node, Direction direction, JsonNode schemas, Map<String, Direction> use) {
            if (node.isObject() && node.path("$ref").isTextual()) {
                String ref = node.path("$ref").asText();
                if (ref.startsWith("#" + SCHEMAS)) {
                    String name = ref.substring(SCHEMAS.length() + 1);
                    Direction before = use.get(name);
                    Direction after = direction.with(before);
                    if (after != before) {
                        use.put(name, after);
                        mark(schemas.path(name), direction, schemas, use);
                    }
                }
            }
            node.forEach(child -> mark(child, direction, schemas, use));
        }

        private static Iterable<JsonNode> iterable(Iterator<JsonNode> elements) {
            return () -> elements;
        }
    }
}
