package dev.uniform.maven;

import dev.uniform.model.ResourceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a rendered service's own files that a service gains with a new resource: its README section and its
 * roles in the dev token. Appended, so that whatever the team wrote stays where it was.
 */
final class ServiceFiles {

    /** The dev-token execution's arguments (group 1) and the indentation of their closing tag (group 2). */
    private static final Pattern DEV_TOKEN_ARGUMENTS = Pattern.compile(
            "<id>dev-token</id>(?:(?!</execution>).)*?<arguments>(.*?)\\n([ \\t]*)</arguments>", Pattern.DOTALL);

    private static final Pattern ARGUMENT = Pattern.compile("<argument>([^<]+)</argument>");

    private ServiceFiles() {}

    /** The rendered README's description of the API and its fields, under a heading named after the resource. */
    static String apiSectionOf(String renderedReadme, ResourceNames names) {
        List<String> lines = renderedReadme.lines().toList();
        int start = lines.indexOf("## The API");
        int end = lines.indexOf("### Access");
        if (start < 0 || end < start) {
            return "";
        }
        String labels = names.path().replace('-', ' ');
        List<String> section = new ArrayList<>();
        section.add("## " + Character.toUpperCase(labels.charAt(0)) + labels.substring(1));
        section.add("");
        section.add("Added with `./mvnw uniform:add-resource -Dresource=" + names.resource() + "`.");
        section.addAll(lines.subList(start + 1, end));
        return String.join("\n", section).strip();
    }

    /**
     * The service's POM with the new resource's roles added to the dev token's, as the rendered POM lists them, so
     * that {@code ./mvnw -q exec:java@dev-token} prints a token for every resource; empty when the POM has no such
     * list (the team changed it) or holds every role already.
     */
    static Optional<String> withDevTokenRoles(String pom, String renderedPom) {
        List<String> roles = devTokenRoles(renderedPom);
        Matcher execution = DEV_TOKEN_ARGUMENTS.matcher(pom);
        if (!execution.find()) {
            return Optional.empty();
        }
        List<String> missing = roles.stream()
                .filter(role -> !execution.group(1).contains(">" + role + "<"))
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String indentation = execution.group(2) + "  ";
        StringBuilder added = new StringBuilder();
        missing.forEach(role ->
                added.append(indentation).append("<argument>").append(role).append("</argument>\n"));
        return Optional.of(pom.substring(0, execution.start(2)) + added + pom.substring(execution.start(2)));
    }

    /** The roles a POM's dev-token execution gives its tokens. */
    static List<String> devTokenRoles(String pom) {
        Matcher execution = DEV_TOKEN_ARGUMENTS.matcher(pom);
        if (!execution.find()) {
            return List.of();
        }
        return ARGUMENT.matcher(execution.group(1))
                .results()
                .map(argument -> argument.group(1))
                .toList();
    }

    /** {@code text} with {@code addition} as a paragraph of its own at the end; the same text if there is none. */
    static String append(String text, String addition) {
        if (addition.isBlank()) {
            return text;
        }
        return text.stripTrailing() + "\n\n" + addition.strip() + "\n";
    }
}
