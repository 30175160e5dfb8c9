package dev.uniform.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a rendered service's own files that a service gains with a new resource: its test setting and its
 * README section. Appended, so that whatever the team wrote stays where it was.
 */
final class ServiceFiles {

    private ServiceFiles() {}

    /** The resource's settings for the test profile, with the comment above each: %test.order-lines.export... */
    static String testSettingsOf(String renderedProperties, ResourceNames names) {
        List<String> lines = renderedProperties.lines().toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("%test." + names.path() + ".")) {
                if (i > 0 && lines.get(i - 1).startsWith("#")) {
                    kept.add(lines.get(i - 1));
                }
                kept.add(lines.get(i));
            }
        }
        return String.join("\n", kept);
    }

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

    /** {@code text} with {@code addition} as a paragraph of its own at the end; the same text if there is none. */
    static String append(String text, String addition) {
        if (addition.isBlank()) {
            return text;
        }
        return text.stripTrailing() + "\n\n" + addition.strip() + "\n";
    }
}
