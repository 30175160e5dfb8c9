package dev.uniform.concurrency;

import dev.uniform.problem.InvalidParameterException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a caller's {@code If-Match} header accepts (RFC 9110, section 13.1.1), for resources whose entity tag is their
 * version: {@code "3"}, a list such as {@code "3", "4"}, or {@code *} for any current version. Weak tags never
 * match: If-Match compares strongly.
 */
public final class IfMatch {

    /** The request header that carries the version a change is based on. */
    public static final String HEADER = "If-Match";

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"(\\d{1,18})\"\\s*(,|$)");

    private static final IfMatch ANY = new IfMatch(Set.of(), true);

    private final Set<Long> versions;
    private final boolean any;

    private IfMatch(Set<Long> versions, boolean any) {
        this.versions = versions;
        this.any = any;
    }

    /**
     * Matches whatever the current version is: {@code If-Match: *}, or no header where none is required.
     *
     * @return the shared match for which {@link #matches} is always true, so a change overwrites any version
     */
    public static IfMatch any() {
        return ANY;
    }

    /**
     * Parses a present header; a malformed one is a 400 naming it.
     *
     * @param header the header's value as received, not null; {@link Preconditions#ifMatch} handles an absent one
     * @return the versions the header names, where weak tags ({@code W/"3"}) count for none; any version for {@code *}
     */
    public static IfMatch parse(String header) {
        if (header.strip().equals("*")) {
            return ANY;
        }
        Set<Long> versions = new LinkedHashSet<>();
        Matcher tag = TAG.matcher(header);
        int end = 0;
        while (end < header.length() && tag.find(end) && tag.start() == end) {
            if (tag.group(1) == null) {
                versions.add(Long.parseLong(tag.group(2)));
            }
            end = tag.end();
        }
        if (end != header.length() || header.isBlank()) {
            throw new InvalidParameterException(
                    HEADER, "must be * or entity tags as sent in ETag, such as \"3\" or \"3\", \"4\"");
        }
        return new IfMatch(Set.copyOf(versions), false);
    }

    /**
     * Whether a resource at {@code version} is one the caller has seen.
     *
     * @param version the resource's current version, as stored
     * @return true when the header named that version or was {@code *}
     */
    public boolean matches(long version) {
        return any || versions.contains(version);
    }

    /**
     * Fails with 412 unless the caller has seen {@code version}.
     *
     * @param version the resource's current version, as stored; the 412's detail gives it as the ETag to read again
     * @param resource what the resource is called in messages, such as {@code Product}
     * @param id its identifier
     */
    public void check(long version, String resource, Object id) {
        if (!matches(version)) {
            throw new PreconditionFailedException(
                    resource + " " + id + " has changed since you read it: its ETag is now " + EntityTags.of(version)
                            + ". Read it again, then repeat the change if it still applies.");
        }
    }

    @Override
    public String toString() {
        return any ? "*" : versions.toString();
    }
}
