package dev.uniform.model;

import java.util.List;

/**
 * What {@link FieldGrammar} made of a fields property: the fields, and every problem it found, each naming the field
 * and saying what would be accepted. The fields are only meaningful when there is no problem.
 *
 * @param fields the fields, in the order given
 * @param problems what is wrong, in the order found; empty when the property is valid
 */
public record ParsedFields(List<Field> fields, List<String> problems) {

    /**
     * Copies both lists.
     *
     * @param fields the fields, in the order given
     * @param problems what is wrong, in the order found; empty when the property is valid
     */
    public ParsedFields {
        fields = List.copyOf(fields);
        problems = List.copyOf(problems);
    }

    /**
     * Whether the property is valid.
     *
     * @return true when there is no problem
     */
    public boolean valid() {
        return problems.isEmpty();
    }
}
