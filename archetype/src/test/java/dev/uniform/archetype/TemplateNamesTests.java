package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.model.ResourceNames;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The names the archetype derives from the resource, evaluated by the Velocity engine that maven-archetype-plugin
 * uses, on the descriptor's own expressions and the templates' shared names.vm.
 */
class TemplateNamesTests {

    private static final VelocityEngine VELOCITY = new VelocityEngine();
    private static Map<String, String> defaults;

    @BeforeAll
    static void readDescriptor() throws Exception {
        // names.vm is read from the class path, as maven-archetype-plugin reads it from the archetype's jar.
        VELOCITY.setProperty("resource.loaders", "class");
        VELOCITY.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        VELOCITY.init();
        try (InputStream descriptor = resource("META-INF/maven/archetype-metadata.xml")) {
            NodeList properties = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(descriptor)
                    .getElementsByTagName("requiredProperty");
            Map<String, String> found = new HashMap<>();
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                found.put(
                        property.getAttribute("key"),
                        property.getElementsByTagName("defaultValue").item(0).getTextContent());
            }
            defaults = Map.copyOf(found);
        }
    }

    /**
     * The descriptor's default path gives what uniform-resource-model's ResourceNames gives, which uniform:add-resource
     * uses, for each of its irregular words and for names that take each of its rules.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("resourceNames")
    void shouldDefaultThePathToTheKebabCasePluralAsTheResourceModelDerivesIt(String resource) {
        assertThat(evaluate(defaults.get("resourcePath"), Map.of("resource", resource)))
                .isEqualTo(ResourceNames.of(resource, null, null).path());
    }

    static Stream<String> resourceNames() {
        Stream<String> irregular = ResourceNames.IRREGULAR_PLURALS.keySet().stream()
                .sorted()
                .flatMap(word -> Stream.of(
                        Character.toUpperCase(word.charAt(0)) + word.substring(1),
                        "Order" + Character.toUpperCase(word.charAt(0)) + word.substring(1)));
        Stream<String> regular = Stream.of(
                "Order",
                "OrderLine",
                "HTTPRequest",
                "Category",
                "Day",
                "Key",
                "Address",
                "Box",
                "Match",
                "Wish",
                "Quiz",
                "Analysis",
                "Axis",
                "Roof",
                "Photo",
                "Item",
                "Human",
                "Mankind",
                "Datum");
        return Stream.concat(regular, irregular);
    }

    @Test
    void shouldDefaultThePathOfTheCommonCasesAsAnEnglishReaderExpects() {
        assertThat(Stream.of("Category", "Address", "OrderLine", "BookShelf", "SalesPerson", "HTTPRequest")
                        .map(resource -> evaluate(defaults.get("resourcePath"), Map.of("resource", resource))))
                .containsExactly(
                        "categories", "addresses", "order-lines", "book-shelves", "sales-people", "http-requests");
    }

    @Test
    void shouldDefaultTheResourceAndItsFeaturePackage() {
        assertThat(evaluate(defaults.get("resource"), Map.of())).isEqualTo("Item");
        assertThat(evaluate(defaults.get("feature"), Map.of("resource", "OrderLine")))
                .isEqualTo("orderline");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Order, orders, order, an order, Orders, orders",
        "OrderLine, order-lines, order line, an order line, Order lines, order_lines",
        "User, users, user, a user, Users, users",
        "Product, products, product, a product, Products, products",
        "Umbrella, umbrellas, umbrella, an umbrella, Umbrellas, umbrellas",
    })
    void shouldDeriveTheLabelsAndTableName(
            String resource, String path, String label, String aLabel, String pluralTitle, String table) {
        String names = "#parse(\"/archetype-resources/names.vm\")$label|$aLabel|$Labels|$table";
        assertThat(evaluate(names, Map.of("resource", resource, "resourcePath", path)))
                .isEqualTo(String.join("|", label, aLabel, pluralTitle, table));
    }

    @Test
    void shouldDefaultToASmallNeutralFieldList() {
        assertThat(evaluate(defaults.get("fields"), Map.of()))
                .isEqualTo("name:String:required:unique:max=120,description:Text:max=2000");
    }

    @Test
    void shouldDeriveEachFieldsJavaAndSqlTypesAndAValidExample() {
        String fields = "customerName:String:required:max=8,total:BigDecimal:min=0:max=10,placedOn:LocalDate,"
                + "status:enum(OPEN|PAID):required,notes:Text:min=30,ref:UUID:unique,count:Long:max=5";
        String each = "#parse(\"/archetype-resources/names.vm\")"
                + "#foreach( $f in $fieldList )$f.name $f.column $f.javaType $f.sqlType $f.example $f.kind;#end";

        assertThat(evaluate(each, Map.of("resource", "Order", "resourcePath", "orders", "fields", fields))
                        .split(";"))
                .containsExactly(
                        "customerName customer_name String varchar(8) \"Example \" text",
                        "total total BigDecimal numeric(12, 2) 10 number",
                        "placedOn placed_on LocalDate date \"2026-01-15\" time",
                        "status status OrderStatus varchar(4) \"OPEN\" exact",
                        "notes notes String text \"A longer text: the notes.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" text",
                        "ref ref UUID uuid \"3fa85f64-5717-4562-b3fc-2c963f66afa6\" exact",
                        "count count Long bigint 5 number");
    }

    @Test
    void shouldReferToAnotherResourceWhereTheServiceKeepsIt() {
        String each = "#parse(\"/archetype-resources/names.vm\")#foreach( $f in $referenceFields )"
                + "$f.name $f.column $f.javaType $f.sqlType $f.kind $f.refTable $f.refPath $f.refPackage $f.refLabel;#end"
                + "$sortableFields.size() $referenceProblem";
        Map<String, String> properties = Map.of(
                "resource", "OrderLine",
                "resourcePath", "order-lines",
                "package", "com.example",
                "fields", "orderId:ref(Order):required,title:String,buyerId:ref(PurchasingAgent)",
                "references",
                        "Order:purchase_orders:/purchase-orders:com.example.purchasing,Customer:c:/c:com.example.c");

        assertThat(evaluate(each, properties).split(";"))
                .containsExactly(
                        "orderId order_id Long bigint exact purchase_orders /purchase-orders com.example.purchasing order",
                        "buyerId buyer_id Long bigint exact purchasing_agents /purchasing-agents"
                                + " com.example.purchasingagent purchasing agent",
                        "1 orderId names no order, or buyerId names no purchasing agent");
    }

    @Test
    void shouldReferToItsOwnTableAndLeaveTheReferenceEmptyInFixtures() {
        String each = "#parse(\"/archetype-resources/names.vm\")#foreach( $f in $referenceFields )"
                + "$f.self $f.refTable $f.refPath $f.refPackage $f.javaExample $f.javaMake $f.sqlValue#end"
                + " $referencedResources.size()";
        Map<String, String> properties = Map.of(
                "resource", "Category",
                "resourcePath", "categories",
                "package", "com.example",
                "feature", "category",
                "fields", "title:String,parentId:ref(Category)");

        assertThat(evaluate(each, properties))
                .isEqualTo("true categories /categories com.example.category null CategoryFixtures.create()"
                        + " cast(null as bigint) 0");
    }

    @Test
    void shouldParseAnySpecWithoutFailingSoThatTheCheckCanNameWhatIsWrong() {
        String broken = "#parse(\"/archetype-resources/names.vm\")$fieldList.size() $exampleJson";

        assertThat(evaluate(
                        broken, Map.of("resource", "Order", "resourcePath", "orders", "fields", ",x:Text:min=1.5,:")))
                .startsWith("3 {");
        assertThat(evaluate(broken, Map.of("resource", "Order", "resourcePath", "orders", "fields", "")))
                .startsWith("1 {");
        assertThat(evaluate(
                        broken,
                        Map.of(
                                "resource",
                                "Order",
                                "resourcePath",
                                "orders",
                                "fields",
                                "a:ref(,b:ref(),c:ref(X:required")))
                .startsWith("3 {");
    }

    private static String evaluate(String template, Map<String, String> properties) {
        VelocityContext context = new VelocityContext(new HashMap<String, Object>(properties));
        StringWriter output = new StringWriter();
        VELOCITY.evaluate(context, output, "test", template);
        return output.toString().strip();
    }

    private static InputStream resource(String name) {
        return TemplateNamesTests.class.getClassLoader().getResourceAsStream(name);
    }
}
