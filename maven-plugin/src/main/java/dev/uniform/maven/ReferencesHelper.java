package dev.uniform.maven;

/**
 * The test helper a referenced resource gets when the first resource that refers to it is added: its fixtures are
 * package-private, so a class in their package lends them to the referring resource's tests. Written out formatted as
 * the build's formatter leaves it, for any name the archetype accepts (at most 30 characters).
 */
final class ReferencesHelper {

    private ReferencesHelper() {}

    /** The initializer on the line of its field where it fits in 120 columns, else on the next, as the formatter does. */
    private static String rowsOf(String name) {
        String initializer = "new ReferencedRows(TABLE, " + name + "Fixtures::create);";
        String field = "    private static final ReferencedRows ROWS = ";
        return field.length() + initializer.length() <= 120 ? " " + initializer : "\n            " + initializer;
    }

    static String source(ExistingResource referenced) {
        String name = referenced.name();
        return """
                package %1$s;

                import dev.uniform.testing.ReferencedRows;
                import io.restassured.response.Response;
                import org.hibernate.reactive.mutiny.Mutiny;

                /**
                 * Rows of this resource for the tests of the resources that refer to it: made as its fixtures make them,
                 * and removed once those tests are done with them. Written by uniform:add-resource, with the first
                 * resource that refers to this one.
                 */
                public final class %2$sReferences {

                    private static final String TABLE = "%3$s";
                    private static final String ONE = "%4$s/{id}";
                    private static final ReferencedRows ROWS =%5$s

                    private %2$sReferences() {}

                    /** Creates a valid one to refer to, and returns its id. Call it on the test's thread. */
                    public static long create() {
                        return ROWS.make();
                    }

                    /** Removes those {@link #create()} made; what referred to them must be gone first. */
                    public static void removeCreated(Mutiny.SessionFactory sessions) throws Throwable {
                        ROWS.removeMade(sessions);
                    }

                    /** Deletes one over HTTP, as a caller holding the delete role would, whatever its version. */
                    public static Response delete(long id) {
                        return %2$sFixtures.asEditor().header("If-Match", "*").when().delete(ONE, id);
                    }
                }
                """.formatted(referenced.featurePackage(), name, referenced.table(), referenced.path(), rowsOf(name));
    }
}
