package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad value fails generation in batch mode with a message naming the property (for fields: each field), and leaves no
 * folder behind.
 */
// Each case generates into a workspace of its own: they can run side by side.
@Execution(ExecutionMode.CONCURRENT)
@Order(2)
class InvalidPropertiesIT {

    /**
     * Bad values, several to a generation where the checks report them together: each is named, in the words the
     * property needs. A name that clashes with the kit's classes is found only once the sources are rendered.
     */
    static Stream<Arguments> invalidProperties() {
        return Stream.of(
                arguments(
                        Map.of(
                                "resource", "order-line",
                                "feature", "case",
                                "package", "com.example.new",
                                "resourcePath", "Order_Lines",
                                "artifactId", "Order_Service"),
                        List.of(
                                "resource 'order-line' must be a singular UpperCamelCase Java class name",
                                "feature 'case' cannot be a package name",
                                "package 'com.example.new' is not a valid Java package",
                                "resourcePath 'Order_Lines' must be one path segment in kebab-case",
                                "artifactId 'Order_Service' must be lower-case letters, digits and dashes")),
                arguments(
                        Map.of("resource", "String", "package", "com.acme-corp", "apiKeys", "yes"),
                        List.of(
                                "resource 'String' would hide java.lang.String",
                                "package 'com.acme-corp' is not a valid Java package",
                                "apiKeys 'yes' must be true or false")),
                arguments(
                        Map.of("resource", "Page"),
                        List.of(
                                "resource would name a generated class PageRequest, like dev.uniform.paging.PageRequest")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProperties")
    void shouldFailNamingEachPropertyAndLeaveNothingBehind(Map<String, String> invalid, List<String> messages)
            throws Exception {
        Path workspace = Workspace.create("invalid-" + String.join("-", new TreeMap<>(invalid).values()));
        Map<String, String> properties = new HashMap<>(Map.of("groupId", "com.example", "artifactId", "orders"));
        properties.putAll(invalid);

        Maven.Result generation = Maven.generate(workspace, properties);

        assertThat(generation.succeeded()).as("generation with %s", invalid).isFalse();
        assertThat(generation.output())
                .contains("uniform-archetype cannot generate this project")
                .contains(messages);
        try (Stream<Path> left = Files.list(workspace)) {
            assertThat(left).as("left in %s", workspace).containsExactly(generation.log());
        }
    }

    /** Every way a field can be wrong, in one spec: each is named, and nothing is written. */
    @Test
    void shouldNameEveryInvalidFieldAndLeaveNothingBehind() throws Exception {
        Path workspace = Workspace.create("invalid-fields");
        Map<String, String> properties = new HashMap<>(Map.of("groupId", "com.example", "artifactId", "orders"));
        properties.put(
                "fields",
                String.join(
                        ",",
                        "id:Long",
                        "version:Integer",
                        "createdAt:Instant",
                        "updatedAt:Instant",
                        "class:String",
                        "order:String",
                        "user:String",
                        "group:Integer",
                        "desc:Text",
                        "amount:Money",
                        "note:String:indexed",
                        "dup:String",
                        "dup:Text",
                        "qty:Integer:min=5:max=2",
                        "state:enum()",
                        "kind:enum(open|2X)",
                        "color:enum(RED|RED)",
                        "Bad_name:String",
                        "price:BigDecimal:min=abc",
                        "flag:Boolean:unique",
                        "body:Text:unique",
                        "mail:String:email:max=10",
                        "due:LocalDate:min=3",
                        "seat:Integer:unique:min=1:max=500",
                        "letter:String:unique:max=1",
                        "ownerId:ref(Owner):required",
                        "parentId:ref(Item):required",
                        "buyer:ref(Order):unique"));

        Maven.Result generation = Maven.generate(workspace, properties);

        assertThat(generation.succeeded()).as("generation").isFalse();
        assertThat(generation.output())
                .contains("uniform-archetype cannot generate this project; nothing was written")
                .contains("field 'id' is a name the generated code uses itself")
                .contains("field 'version' is a name the generated code uses itself")
                .contains("field 'createdAt' is a name the generated code uses itself")
                .contains("field 'updatedAt' is a name the generated code uses itself")
                .contains("field 'class' is a Java keyword")
                .contains("field 'order' is a reserved word in SQL")
                .contains("field 'user' is a reserved word in SQL")
                .contains("field 'group' is a reserved word in SQL")
                .contains("field 'desc' is a reserved word in SQL")
                .contains("field 'amount' has an unknown type 'Money'")
                .contains("field 'note' has an unknown constraint 'indexed'")
                .contains("field 'dup' is given twice")
                .contains("field 'qty' has min=5 above max=2")
                .contains("field 'state' has an enum without values")
                .contains("field 'kind' has an enum value 'open' that is not an UPPER_SNAKE_CASE constant")
                .contains("field 'kind' has an enum value '2X' that is not an UPPER_SNAKE_CASE constant")
                .contains("field 'color' has the enum value RED twice")
                .contains("field 'Bad_name' must be a lowerCamelCase name")
                .contains("field 'price' has min=abc: write a number")
                .contains("field 'flag' has unique, which a Boolean cannot be")
                .contains("field 'body' has unique, which a Text cannot be")
                .contains("field 'mail' has email and max=10")
                .contains("field 'due' has min=, which applies to String and Text (length) and to Integer, Long")
                .contains("field 'seat' has unique with min=1 and max=500: give it room for at least 1,000 distinct")
                .contains("field 'letter' has unique with max=1: a unique String needs max=2 or more")
                .contains("field 'ownerId' refers to Owner, which the service does not have yet: generate it with"
                        + " Owner first, then add Item with ./mvnw uniform:add-resource")
                .contains(
                        "field 'parentId' refers to Item itself and cannot be required: the first Item has none to refer to")
                .contains("field 'buyer' holds the identifier of Order: name it after that, ending in Id")
                .contains("field 'buyer' has unique, which a reference cannot be");
        try (Stream<Path> left = Files.list(workspace)) {
            assertThat(left).as("left in %s", workspace).containsExactly(generation.log());
        }
    }
}
