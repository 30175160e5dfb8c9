package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a team gets from {@code mvn archetype:generate}: a project with no template leftovers whose own test command,
 * run through its own wrapper, passes against a real PostgreSQL.
 */
class GeneratedServiceIT {

    private static final Pattern TEST_SUITE = Pattern.compile(
            "<testsuite [^>]*?tests=\"(\\d+)\"[^>]*?errors=\"(\\d+)\"[^>]*?skipped=\"(\\d+)\"[^>]*?failures=\"(\\d+)\"");

    /**
     * Every type and every constraint of the fields property appears at least once: the multi-word resource holds them
     * all, the deep package the optional ones (no field unique, Boolean and enum fields optional), the defaults none.
     */
    static final String EVERY_TYPE_AND_CONSTRAINT = String.join(
            ",",
            "title:String:required:max=80",
            "summary:Text:min=3:max=500",
            "contactEmail:String:email:unique:max=120",
            "quantity:Integer:min=1:max=1000",
            "serial:Long:unique",
            "amount:BigDecimal:min=0:max=100000",
            "active:Boolean:required",
            "dueOn:LocalDate",
            "seenAt:Instant",
            "externalId:UUID:unique",
            "priority:enum(LOW|MEDIUM|HIGH):required");

    static final String NOTHING_REQUIRED_OR_UNIQUE = String.join(
            ",",
            "remark:Text",
            "featured:Boolean",
            "kind:enum(ONLY)",
            "ratio:BigDecimal",
            "happenedAt:Instant:required",
            "reference:UUID",
            "day:LocalDate:required",
            "position:Integer",
            "weight:Long:max=5");

    static Stream<Arguments> propertySets() {
        return Stream.of(
                arguments(
                        "defaults",
                        Map.of("groupId", "com.example", "artifactId", "item-service"),
                        new Expected("item-service", "com/example/item", "Item", "items")),
                arguments(
                        "multi-word resource, every type and constraint",
                        Map.of(
                                "groupId", "com.acme.purchasing",
                                "artifactId", "purchase-order-lines",
                                "resource", "PurchaseOrderLine",
                                "fields", EVERY_TYPE_AND_CONSTRAINT),
                        new Expected(
                                "purchase-order-lines",
                                "com/acme/purchasing/purchaseorderline",
                                "PurchaseOrderLine",
                                "purchase-order-lines")),
                arguments(
                        "deep package, irregular plural, optional fields",
                        Map.of(
                                "groupId", "org.example",
                                "artifactId", "catalog-admin",
                                "version", "2.3.0",
                                "package", "org.example.shop.catalog.admin.v2",
                                "resource", "Category",
                                "fields", NOTHING_REQUIRED_OR_UNIQUE),
                        new Expected(
                                "catalog-admin",
                                "org/example/shop/catalog/admin/v2/category",
                                "Category",
                                "categories")));
    }

    /** Where the generated project's main pieces must be. */
    record Expected(String artifactId, String featurePath, String resource, String resourcePath) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("propertySets")
    void shouldGenerateAServiceThatPassesItsOwnBuild(String name, Map<String, String> properties, Expected expected)
            throws Exception {
        Path workspace = Workspace.create(name.replaceAll("\\W+", "-"));

        Maven.Result generation = Maven.generate(workspace, properties);

        assertThat(generation.succeeded()).as(generation.tail()).isTrue();
        Path project = workspace.resolve(expected.artifactId());
        ProjectFiles files = ProjectFiles.of(project, project.resolve(".gitignore"));
        assertThat(files.leftoverTemplateTokens())
                .as("template tokens in generated files")
                .isEmpty();
        assertLayout(files, expected);
        assertQuickStart(files);

        Maven.Result build = Maven.wrapper(project, "verify");

        assertThat(build.succeeded())
                .as("./mvnw verify of %s\n%s", project, build.tail())
                .isTrue();
        assertTestsRan(project, expected);
        assertDevTokenCommand(project, expected);
    }

    /** The README's dev-token command prints one token, from the dev issuer, holding both roles of the resource. */
    private static void assertDevTokenCommand(Path project, Expected expected) throws Exception {
        Maven.Result command = Maven.wrapper(project, "-q", "exec:java@dev-token");

        assertThat(command.succeeded()).as(command.tail()).isTrue();
        // The last line: a JVM may print warnings before it, on stderr, which a shell's $(...) would not capture.
        String token = command.output()
                .strip()
                .lines()
                .reduce((first, second) -> second)
                .orElse("");
        assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims)
                .contains("\"iss\":\"urn:uniform:dev-tokens\"")
                .contains("\"groups\":[\"%s.write\",\"%s.delete\"]"
                        .formatted(expected.resourcePath(), expected.resourcePath()));
    }

    private static void assertLayout(ProjectFiles files, Expected expected) {
        String main = "src/main/java/" + expected.featurePath() + "/";
        String test = "src/test/java/" + expected.featurePath() + "/";
        String resource = expected.resource();
        assertThat(files.list())
                .contains(
                        main + "rest/" + resource + "Resource.java",
                        main + "service/" + resource + "Service.java",
                        main + "repository/" + resource + "Repository.java",
                        main + "entity/" + resource + ".java",
                        main + "api/" + resource + "Request.java",
                        test + resource + "ResourceTests.java",
                        "README.md",
                        ".gitignore",
                        ".dockerignore",
                        "src/main/docker/Dockerfile.jvm",
                        ".github/workflows/ci.yml",
                        "mvnw",
                        ".mvn/wrapper/maven-wrapper.properties");
        assertThat(files.list())
                .as("the enum bundle, split into one file per enum")
                .noneMatch(file -> file.endsWith("Enums.java"));
        assertThat(files.resolve("mvnw")).isExecutable();
        assertThat(files.resolve("target"))
                .as("build output in a fresh project")
                .doesNotExist();
        assertThat(files.readLines(main + "rest/" + resource + "Resource.java"))
                .contains("@Path(\"/" + expected.resourcePath() + "\")");
        String pom = String.join("\n", files.readLines("pom.xml"));
        assertThat(pom.substring(pom.indexOf("<parent>"), pom.indexOf("</parent>")))
                .as("the parent, at this archetype's version, from the repository")
                .contains("<artifactId>uniform-parent</artifactId>")
                .contains("<version>" + Maven.ARCHETYPE_VERSION + "</version>")
                .contains("<relativePath/>");
    }

    /** The README's Quick start holds exactly the two commands: run, then test. */
    private static void assertQuickStart(ProjectFiles files) {
        List<String> readme = files.readLines("README.md");
        int section = readme.indexOf("## Quick start");
        assertThat(section).as("## Quick start in README.md").isNotNegative();
        List<String> rest = readme.subList(section + 1, readme.size());
        int open = rest.indexOf("```shell");
        int close = rest.subList(open + 1, rest.size()).indexOf("```") + open + 1;
        assertThat(rest.subList(open + 1, close)).containsExactly("./mvnw quarkus:dev", "./mvnw verify");
    }

    private static void assertTestsRan(Path project, Expected expected) throws IOException {
        int tests = 0;
        int problems = 0;
        try (Stream<Path> files = Files.list(project.resolve("target/surefire-reports"))) {
            for (Path report : files.filter(
                            file -> file.getFileName().toString().startsWith("TEST-"))
                    .toList()) {
                Matcher suite = TEST_SUITE.matcher(Files.readString(report));
                assertThat(suite.find()).as("test suite in %s", report).isTrue();
                tests += Integer.parseInt(suite.group(1));
                problems += Integer.parseInt(suite.group(2))
                        + Integer.parseInt(suite.group(3))
                        + Integer.parseInt(suite.group(4));
            }
        }
        assertThat(tests).as("tests run by the generated project").isGreaterThanOrEqualTo(40);
        assertThat(problems).as("failed, erroneous or skipped tests").isZero();
        String feature = expected.featurePath().replace('/', '.') + "." + expected.resource();
        assertThat(project.resolve("target/surefire-reports/TEST-" + feature + "ResourceTests.xml"))
                .exists();
        // A filter and a sort per field.
        assertThat(project.resolve("target/surefire-reports/TEST-" + feature + "ListingTests.xml"))
                .exists();
        // Every operation through a client generated from the committed document, with the operationIds' names.
        assertThat(project.resolve("target/surefire-reports/TEST-" + feature + "ClientTests.xml"))
                .exists();
    }
}
