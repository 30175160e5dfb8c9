package dev.uniform.idempotency;

import dev.uniform.problem.InvalidParameterException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@value #HEADER} a client sends so that it can retry a create without creating twice.
 *
 * @param value 1 to 255 visible ASCII characters, typically a UUID the client made for this one request
 */
public record IdempotencyKey(String value) {

    /** The request header, as the IETF httpapi draft names it. */
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /**
     * Checks the key, however it was made: a malformed one is a 400 naming {@value #HEADER}.
     *
     * @param value the key as sent; refused when null, empty, over 255 characters, or not all visible ASCII
     */
    public IdempotencyKey {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidParameterException(HEADER, "must be 1 to 255 visible ASCII characters, such as a UUID");
        }
    }

    /**
     * The key in a header value; none when the header is absent. A malformed value is a 400 naming the header.
     *
     * @param header the {@value #HEADER} header as received, or null when the client sent none
     * @return the key, or empty, for which {@link IdempotentOperations#once} simply runs the operation
     */
    public static Optional<IdempotencyKey> fromHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }
}
