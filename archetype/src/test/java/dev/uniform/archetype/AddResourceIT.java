package dev.uniform.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * A service grows: generated with a spec of its own and changed by hand, it gets a second resource that refers to the
 * first, then a third that refers to both, each with {@code ./mvnw uniform:add-resource}, and passes its own
 * {@code ./mvnw verify} after each. The command refuses what it cannot add, writing nothing.
 */
class AddResourceIT {

    /** Files the command may update besides creating new ones; everything else the team has stays as it was. */
    private static final List<String> UPDATED =
            List.of("api/openapi.json", "src/main/resources/application.properties", "README.md", "pom.xml");

    private static final String BOOK = "authorId:ref(Author):required,title:String:required:max=200,"
            + "isbn:String:unique:min=10:max=17,publishedOn:LocalDate";
    private static final String REVIEW =
            "bookId:ref(Book):required,reviewerId:ref(Author),stars:Integer:required:min=1:max=5,body:Text:max=2000";

    @Test
    void shouldGrowAServiceOneResourceAtATime() throws Exception {
        Path workspace = Workspace.create("add-resource");
        Maven.Result generation = Maven.generate(
                workspace,
                Map.of(
                        "groupId", "org.example.library",
                        "artifactId", "library",
                        "resource", "Author",
                        "fields", "penName:String:required:unique:max=60,born:LocalDate,rating:Integer:min=1:max=5"));
        assertThat(generation.succeeded()).as(generation.tail()).isTrue();
        Path service = workspace.resolve("library");
        // Its build as generated is GeneratedServiceIT's to check; here it runs after each resource added.
        changeByHand(service);

        addAndVerify(service, "Book", BOOK, "V3__create_books.sql", "authorId");
        assertThat(service.resolve("src/test/java/org/example/library/author/AuthorReferences.java"))
                .exists();
        addAndVerify(service, "Review", REVIEW, "V4__create_reviews.sql", "bookId");
        assertThat(service.resolve("src/test/java/org/example/library/book/BookReferences.java"))
                .exists();

        assertRefusedWithoutChange(service, "Review", REVIEW, "the service has a resource Review already");
        assertRefusedWithoutChange(
                service,
                "Loan",
                "bookId:ref(Shelf):required,due:LocalDate",
                "field 'bookId' refers to Shelf, which the service does not have; it has Author, Book, Review");
        assertRefusedWithoutChange(service, "Loan", "due:Date", "field 'due' has an unknown type 'Date'");
    }

    /** What a team does after generating: settings, a README line and code of its own. */
    private static void changeByHand(Path service) throws Exception {
        Files.writeString(
                service.resolve("src/main/resources/application.properties"),
                "\n# Ours: quieter logs.\nquarkus.log.category.\"org.hibernate\".level=WARN\n",
                StandardOpenOption.APPEND);
        Files.writeString(
                service.resolve("README.md"),
                "\nAsk the library team before changing the API.\n",
                StandardOpenOption.APPEND);
        Files.writeString(service.resolve("src/main/java/org/example/library/author/PenNames.java"), """
                package org.example.library.author;

                /** Ours: how the library writes pen names in letters. */
                public final class PenNames {

                    private PenNames() {}

                    public static String salutation(String penName) {
                        return "Dear " + penName.strip();
                    }
                }
                """);
    }

    private static void addAndVerify(
            Path service, String resource, String fields, String migration, String referenceField) throws Exception {
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
        assertThat(after.get("src/main/resources/application.properties"))
                .startsWith(before.get("src/main/resources/application.properties"));
        assertThat(after.get("api/openapi.json")).contains("\"/" + resource.toLowerCase() + "s/{id}\"");
        assertThat(after.get("pom.xml"))
                .as("the dev token's roles")
                .contains("<argument>" + resource.toLowerCase() + "s.write</argument>")
                .contains("<argument>authors.write</argument>");
        assertThat(files.leftoverTemplateTokens()).as("template tokens").isEmpty();
        assertVerifies(service);
        String tests = Files.readString(service.resolve("target/surefire-reports/TEST-org.example.library."
                + resource.toLowerCase() + "." + resource + "ResourceTests.xml"));
        String referenced =
                referenceField.substring(0, 1).toUpperCase() + referenceField.substring(1, referenceField.length() - 2);
        String field = Character.toUpperCase(referenceField.charAt(0)) + referenceField.substring(1);
        assertThat(tests)
                .as("the reference over HTTP: missing parent, change to a missing one, referenced delete")
                .contains("shouldAnswer422When" + field + "NamesNo" + referenced)
                .contains("shouldKeepThe" + field + "WhenAChangeNamesNo" + referenced)
                .contains("shouldNotDeleteThe" + referenced + "That" + field + "RefersTo");
        assertThat(Files.readString(service.resolve("target/surefire-reports/TEST-org.example.library."
                        + resource.toLowerCase() + "." + resource + "ListingTests.xml")))
                .contains("shouldListOnlyThoseThatReferToOne" + referenced + "By" + field);
    }

    private static void assertVerifies(Path service) throws Exception {
        // PackagedServiceIT takes the first resource through its life, as GeneratedServiceIT checks; an added resource
        // leaves it as it was, and its own tests run here.
        Maven.Result build = Maven.wrapper(service, "verify", "-DskipITs");

        assertThat(build.succeeded()).as("./mvnw verify\n%s", build.tail()).isTrue();
        assertThat(build.output()).contains("Tests run:").doesNotContain("Tests run: 0,");
    }

    private static void assertRefusedWithoutChange(Path service, String resource, String fields, String problem)
            throws Exception {
        ProjectFiles files = ProjectFiles.of(service, service.resolve(".gitignore"));
        SortedMap<String, String> before = files.contents();

        Maven.Result refused =
                Maven.wrapper(service, "uniform:add-resource", "-Dresource=" + resource, "-Dfields=" + fields);

        assertThat(refused.succeeded())
                .as("adding %s with %s", resource, fields)
                .isFalse();
        assertThat(refused.output()).contains("nothing was written").contains(problem);
        assertThat(files.contents()).as("the service after the refusal").isEqualTo(before);
    }
}
