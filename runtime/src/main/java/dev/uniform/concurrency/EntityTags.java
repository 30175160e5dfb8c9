package dev.uniform.concurrency;

/** Entity tags of versioned resources: the version, quoted, as HTTP wants it ({@code ETag: "3"}). */
public final class EntityTags {

    private EntityTags() {}

    /**
     * The entity tag of a resource at {@code version}, for its {@code ETag} response header.
     *
     * @param version the resource's version, as its {@code @Version} column holds it
     * @return the version in double quotes, such as {@code "3"}: a strong tag, which {@link IfMatch} parses back
     */
    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
