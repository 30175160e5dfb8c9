package dev.uniform.maven;

import java.util.Locale;

/**
 * The names uniform-archetype derives from a resource's class name, derived here the same way (archetype-metadata.xml
 * and names.vm): the engine renders templates but leaves the defaults of properties to the archetype plugin.
 *
 * @param resource the class name, such as {@code OrderLine}
 * @param path the plural in kebab-case, such as {@code order-lines}: the URL path, and the table's name
 * @param feature the package of the resource under the service's base package, such as {@code orderline}
 */
record ResourceNames(String resource, String path, String feature) {

    static ResourceNames of(String resource, String path, String feature) {
        String words = resource.replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
        return new ResourceNames(
                resource,
                path == null || path.isBlank() ? plural(words) : path,
                feature == null || feature.isBlank() ? resource.toLowerCase(Locale.ROOT) : feature);
    }

    /** The table, as the migration names it: the path with underscores. */
    String table() {
        return path.replace('-', '_');
    }

    private static String plural(String words) {
        if (words.matches(".*[^aeiou]y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        if (words.matches(".*(s|x|z|ch|sh)")) {
            return words + "es";
        }
        return words + "s";
    }
}
