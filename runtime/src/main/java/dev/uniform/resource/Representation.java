package dev.uniform.resource;

/**
 * A resource as the API shows it: identified, and versioned for optimistic concurrency. The response record of a
 * resource implements it, and uniform-runtime does the rest: every response whose body is one carries its version as
 * {@code ETag}, {@link Responses#created} points {@code Location} at it, the read by id of a
 * {@link dev.uniform.persistence.ResourceStore} maps a row into it, and the API document marks its properties as
 * always present and describes {@code id}, {@code version}, {@code createdAt} and {@code updatedAt}.
 */
public interface Representation {

    /**
     * The identifier the service assigned.
     *
     * @return the identifier, as the path {@code /<resources>/{id}} takes it
     */
    long id();

    /**
     * The version of this state, raised by every change.
     *
     * @return the version, sent as the {@code ETag} header and expected back in {@code If-Match}
     */
    long version();
}
