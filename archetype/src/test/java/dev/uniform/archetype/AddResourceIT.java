package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A service grows: generated with a deep package, an irregular plural and fields none of which is required or unique
 * (one a reference to its own resource), and changed by hand, it gets a second resource that refers to the first, then
 * a third that refers to both, each with {@code ./mvnw uniform:add-resource}, and passes its own {@code ./mvnw verify}
 * with all three, each resource's tests and its whole life in the package through the generated client. The command
 * refuses what it cannot add, writing nothing.
 */
@Order(1)
class AddResourceIT {

    /**
     * Files the command may update besides creating new ones; everything else the team has stays as it was, the
     * recorded API included, which the next build records anew.
     */
    private static final List<String> UPDATED = List.of("README.md", "pom.xml", ".uniform/resources.json");

    private static final String BASE = "org/example/shop/catalog/admin/v2/";
    private static final String BOOK = "categoryId:ref(Category):required,title:String:required:max=200,"
            + "isbn:String:unique:min=10:max=17,publishedOn:LocalDate";
    private static final String REVIEW = "bookId:ref(Book):required,shelvedUnderId:ref(Category),"
            + "stars:Integer:required:min=1:max=5,body:Text:max=2000";

    @Test
    void shouldGrowAServiceOneResourceAtATime() throws Exception {
        Path workspace = Workspace.create("add-resource");
        Maven.Result generation = Maven.generate(
                workspace,
                Map.of(
                        "groupId", "org.example",
                        "artifactId", "catalog-admin",
                        "version", "2.3.0",
                        "package", "org.example.shop.catalog.admin.v2",
                        "resource", "Category",
                        "fields", GeneratedServiceIT.NOTHING_REQUIRED_OR_UNIQUE));
        assertThat(generation.succeeded()).as(generation.tail()).isTrue();
        Path service = workspace.resolve("catalog-admin");
        ProjectFiles generated = ProjectFiles.of(service, service.resolve(".gitignore"));
        assertThat(generated.leftoverTemplateTokens())
                .as("template tokens in generated files")
                .isEmpty();
        GeneratedServiceIT.assertLayout(generated, CATEGORIES);
        GeneratedServiceIT.assertQuickStart(generated);
        changeByHand(service);

        add(service, "Book", BOOK, "V3__create_books.sql");
        assertThat(service.resolve("src/test/java/" + BASE + "category/CategoryReferences.java"))
                .exists();
        add(service, "Review", REVIEW, "V4__create_reviews.sql");
        assertThat(service.resolve("src/test/java/" + BASE + "book/BookReferences.java"))
                .exists();
        assertThat(service.resolve(".uniform/resources.json"))
                .as("the service's manifest, each resource's fields written in one order")
                .content()
                .contains("\"name\": \"Category\"", "\"name\": \"Book\"", "\"name\": \"Review\"")
                .contains("\"package\": \"org.example.shop.catalog.admin.v2.book\"")
                .contains("\"isbn:String:unique:min=10:max=17\"", "\"stars:Integer:required:min=1:max=5\"");

        assertVerifies(service);
        GeneratedServiceIT.assertTestsRan(service, CATEGORIES);
        assertReferencesTested(service, "Book", "categoryId", "Category");
        assertReferencesTested(service, "Review", "bookId", "Book");
        assertReferencesTested(service, "Review", "shelvedUnderId", "Category");
        assertThat(service.resolve("api/openapi.json"))
                .as("the API the build recorded")
                .content()
                .contains("\"/categories/{id}\"", "\"/books/{id}\"", "\"/reviews/{id}\"");
        for (String resource : List.of("Book", "Review")) {
            assertThat(service.resolve("target/failsafe-reports/TEST-org.example.shop.catalog.admin.v2."
                            + resource.toLowerCase() + "." + resource + "ClientIT.xml"))
                    .as("%s through a client generated from the recorded API", resource)
                    .exists();
        }

        assertRefusedWithoutChange(service, "Review", REVIEW, "the service has a resource Review already");
        assertRefusedWithoutChange(
                service,
                "Loan",
                "bookId:ref(Shelf):required,due:Date",
                "field 'bookId' refers to Shelf, which the service does not have; it has Book, Category, Review",
                "field 'due' has an unknown type 'Date'");
    }

    /** The first resource, as the archetype generated it. */
    private static final GeneratedServiceIT.Expected CATEGORIES =
            new GeneratedServiceIT.Expected("catalog-admin", BASE + "category", "Category", "categories");

    /** What a team does after generating: settings, a README line and code of its own. */
    private static void changeByHand(Path service) throws Exception {
        Files.writeString(
                service.resolve("src/main/resources/application.properties"),
                "\n# Ours: quieter logs.\nquarkus.log.category.\"org.hibernate\".level=WARN\n",
                StandardOpenOption.APPEND);
        Files.writeString(
                service.resolve("README.md"),
                "\nAsk the catalogue team before changing the API.\n",
                StandardOpenOption.APPEND);
        Files.writeString(service.resolve("src/main/java/" + BASE + "category/Shelves.java"), """
                package org.example.shop.catalog.admin.v2.category;

                /** Ours: how the catalogue writes a category's shelf mark. */
                public final class Shelves {

                    private Shelves() {}

                    public static String mark(long categoryId) {
                        return "C-" + categoryId;
                    }
                }
                """);
    }

    private static void add(Path service, String resource, String fields, String migration) throws Exception {
        ProjectFiles files = ProjectFiles.of(service, service.resolve(".gitignore"));
        SortedMap<String, String> before = files.contents();

        Maven.Result added =
                Maven.wrapper(service, "uniform:add-resource", "-Dresource=" + resource, "-Dfields=" + fields);

        assertThat(added.succeeded()).as(added.tail()).isTrue();
        SortedMap<String, String> after = files.contents();
        before.forEach((path, content) -> {
            if (!UPDATED.contains(path)) {
                assertThat(after.get(path))
                        .as("%s, untouched by adding %s", path, resource)
                        .isEqualTo(content);
            }
        });
        assertThat(after).containsKey("src/main/resources/db/migration/" + migration);
        assertThat(after.get("pom.xml"))
                .as("the dev token's roles")
                .contains("<argument>" + resource.toLowerCase() + "s.write</argument>")
                .contains("<argument>categories.write</argument>");
        assertThat(files.leftoverTemplateTokens()).as("template tokens").isEmpty();
    }

    /** The reference over HTTP: a missing one refused (422), a change to a missing one, a referenced delete (409). */
    private static void assertReferencesTested(Path service, String resource, String referenceField, String referenced)
            throws Exception {
        String reports = "target/surefire-reports/TEST-org.example.shop.catalog.admin.v2." + resource.toLowerCase()
                + "." + resource;
        String field = Character.toUpperCase(referenceField.charAt(0)) + referenceField.substring(1);
        assertThat(Files.readString(service.resolve(reports + "ResourceTests.xml")))
                .contains("shouldAnswer422When" + field + "NamesNo" + referenced)
                .contains("shouldKeepThe" + field + "WhenAChangeNamesNo" + referenced)
                .contains("shouldNotDeleteThe" + referenced + "That" + field + "RefersTo");
        assertThat(Files.readString(service.resolve(reports + "ListingTests.xml")))
                .contains("shouldListOnlyThoseThatReferToOne" + referenced + "By" + field);
    }

    private static void assertVerifies(Path service) throws Exception {
        Maven.Result build = Maven.wrapper(service, "verify");

        assertThat(build.succeeded()).as("./mvnw verify\n%s", build.tail()).isTrue();
        assertThat(build.output()).contains("Tests run:").doesNotContain("Tests run: 0,");
    }

    private static void assertRefusedWithoutChange(Path service, String resource, String fields, String... problems)
            throws Exception {
        ProjectFiles files = ProjectFiles.of(service, service.resolve(".gitignore"));
        SortedMap<String, String> before = files.contents();

        Maven.Result refused =
                Maven.wrapper(service, "uniform:add-resource", "-Dresource=" + resource, "-Dfields=" + fields);

        assertThat(refused.succeeded())
                .as("adding %s with %s", resource, fields)
                .isFalse();
        assertThat(refused.output()).contains("nothing was written").contains(problems);
        assertThat(files.contents()).as("the service after the refusal").isEqualTo(before);
    }
}
