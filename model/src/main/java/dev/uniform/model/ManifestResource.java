package dev.uniform.model;

import java.util.List;
import java.util.Set;

/**
 * One resource of a service, as its manifest records it.
 *
 * @param name the class name of its entity, such as {@code Customer}
 * @param path its URL path under the service's root, without the slash, such as {@code customers}
 * @param table the table its migration creates
 * @param featurePackage the package of its feature, such as {@code com.example.customer}
 * @param fields its fields in the grammar, one entry each, such as {@code name:String:required:max=120}
 */
public record ManifestResource(String name, String path, String table, String featurePackage, List<String> fields) {

    /**
     * Copies the fields, which stay as given.
     *
     * @param name the class name of its entity, such as {@code Customer}
     * @param path its URL path under the service's root, without the slash, such as {@code customers}
     * @param table the table its migration creates
     * @param featurePackage the package of its feature, such as {@code com.example.customer}
     * @param fields its fields in the grammar, one entry each, such as {@code name:String:required:max=120}
     */
    public ManifestResource {
        fields = List.copyOf(fields);
    }

    /**
     * Its fields, parsed and checked.
     *
     * @param referable the class names a {@code ref(...)} may name besides this resource
     * @return the fields and their problems
     */
    public ParsedFields parsedFields(Set<String> referable) {
        return FieldGrammar.parse(String.join(",", fields), name, referable);
    }
}
