package dev.uniform.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names derived from a resource's class name. The archetype's descriptor derives the same default path in Velocity
 * (maven-archetype-plugin evaluates property defaults before any code of the kit runs); its test holds the two to the
 * same answers.
 *
 * @param resource the class name, such as {@code OrderLine}
 * @param path the plural in kebab-case, such as {@code order-lines}: the URL path, and the table's name
 * @param feature the package of the resource under the service's base package, such as {@code orderline}
 */
public record ResourceNames(String resource, String path, String feature) {

    /**
     * Plurals the rules below would get wrong, by the last word of the name. Words that are their own plural map to
     * themselves.
     */
    public static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("person", "people"),
            Map.entry("child", "children"),
            Map.entry("man", "men"),
            Map.entry("woman", "women"),
            Map.entry("foot", "feet"),
            Map.entry("tooth", "teeth"),
            Map.entry("goose", "geese"),
            Map.entry("mouse", "mice"),
            Map.entry("shelf", "shelves"),
            Map.entry("half", "halves"),
            Map.entry("self", "selves"),
            Map.entry("wolf", "wolves"),
            Map.entry("calf", "calves"),
            Map.entry("leaf", "leaves"),
            Map.entry("loaf", "loaves"),
            Map.entry("thief", "thieves"),
            Map.entry("knife", "knives"),
            Map.entry("wife", "wives"),
            Map.entry("life", "lives"),
            Map.entry("hero", "heroes"),
            Map.entry("potato", "potatoes"),
            Map.entry("tomato", "tomatoes"),
            Map.entry("echo", "echoes"),
            Map.entry("veto", "vetoes"),
            Map.entry("quiz", "quizzes"),
            Map.entry("criterion", "criteria"),
            Map.entry("data", "data"),
            Map.entry("metadata", "metadata"),
            Map.entry("equipment", "equipment"),
            Map.entry("feedback", "feedback"),
            Map.entry("information", "information"),
            Map.entry("news", "news"),
            Map.entry("series", "series"),
            Map.entry("species", "species"),
            Map.entry("software", "software"));

    /**
     * The names of a resource, deriving what is not given.
     *
     * @param resource the class name
     * @param path the path, or null or blank for the English plural of the class name in kebab-case
     * @param feature the feature package, or null or blank for the class name in lower case
     * @return the names
     */
    public static ResourceNames of(String resource, String path, String feature) {
        return new ResourceNames(
                resource,
                path == null || path.isBlank() ? plural(words(resource)) : path,
                feature == null || feature.isBlank() ? resource.toLowerCase(Locale.ROOT) : feature);
    }

    /**
     * A class name in kebab-case.
     *
     * @param resource such as {@code HTTPRequest}
     * @return such as {@code http-request}
     */
    public static String words(String resource) {
        return resource.replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The English plural of words in kebab-case, made on the last one.
     *
     * @param words such as {@code order-line}
     * @return such as {@code order-lines}
     */
    public static String plural(String words) {
        int last = words.lastIndexOf('-') + 1;
        String word = words.substring(last);
        String irregular = IRREGULAR_PLURALS.get(word);
        if (irregular != null) {
            return words.substring(0, last) + irregular;
        }
        if (words.matches(".*[^aeiou]y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        if (words.matches(".*(sis|xis)")) {
            return words.substring(0, words.length() - 2) + "es";
        }
        if (words.matches(".*(s|x|z|ch|sh)")) {
            return words + "es";
        }
        return words + "s";
    }

    /**
     * The table, as the migration names it.
     *
     * @return the path with underscores
     */
    public String table() {
        return path.replace('-', '_');
    }

    /**
     * What is wrong with these names, as the archetype's checks report it.
     *
     * @return each problem, naming the property that sets the name; empty when there is none
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!resource.matches("[A-Z][A-Za-z0-9]{0,29}")) {
            problems.add("resource '" + resource + "' must be a singular UpperCamelCase Java class name of at most 30"
                    + " characters, such as Order or OrderLine");
        } else if (isJavaLangType(resource)) {
            problems.add("resource '" + resource + "' would hide java.lang." + resource + "; choose another name");
        }
        if (!feature.matches("[a-z_][a-z0-9_]*") || Identifiers.JAVA_KEYWORDS.contains(feature)) {
            problems.add("feature '" + feature + "' cannot be a package name (lower-case letters, digits and"
                    + " underscores, not a Java keyword); pass -Dfeature=<another name>");
        }
        if (!path.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add("resourcePath '" + path + "' must be one path segment in kebab-case, such as order-lines");
        }
        return problems;
    }

    private static boolean isJavaLangType(String name) {
        try {
            Class.forName("java.lang." + name, false, ClassLoader.getPlatformClassLoader());
            return true;
        } catch (ClassNotFoundException notInJavaLang) {
            return false;
        }
    }
}
