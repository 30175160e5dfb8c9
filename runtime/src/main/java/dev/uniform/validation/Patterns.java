package dev.uniform.validation;

/** Regular expressions for {@code @Pattern} constraints that JSON Schema validators and JavaScript read alike. */
public final class Patterns {

    /**
     * At least one character that is not white space; null stays allowed, unlike with {@code @NotBlank}, as a partial
     * update needs. Written so that Java (which matches it against the whole value) and ECMA-262 (which JSON Schema
     * validators and JavaScript clients use, searching within the value) read it alike. Use it as
     * {@code @Pattern(regexp = Patterns.NOT_BLANK, message = "must not be blank")}.
     */
    public static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    private Patterns() {}
}
