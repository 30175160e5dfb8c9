package dev.uniform.maven;

import java.nio.file.Path;

/**
 * A resource the service already has, as its sources show it: what a new resource may refer to, and must not clash
 * with.
 *
 * @param name the entity's class name, such as {@code Customer}
 * @param table the table the entity maps
 * @param path the URL path of its resource class, such as {@code /customers}
 * @param featurePackage the package that holds its feature, and its tests' fixtures
 * @param testDirectory where its tests live, in that package
 */
record ExistingResource(String name, String table, String path, String featurePackage, Path testDirectory) {

    /** How the archetype's references property names it: Customer:customers:/customers:com.example.customer. */
    String reference() {
        return String.join(":", name, table, path, featurePackage);
    }

    /** The test helper through which the tests of other resources make rows of this one (written once, when needed). */
    Path referencesHelper() {
        return testDirectory.resolve(name + "References.java");
    }

    Path fixtures() {
        return testDirectory.resolve(name + "Fixtures.java");
    }
}
