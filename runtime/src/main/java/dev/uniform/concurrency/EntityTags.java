package dev.uniform.concurrency;

/** Entity tags of versioned resources: the version, quoted, as HTTP wants it ({@code ETag: "3"}). */
public final class EntityTags {

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
