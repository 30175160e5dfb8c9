package dev.uniform.idempotency;

/**
 * The result of an operation that may have run before under the same key.
 *
 * @param value what the operation returned, the first time it ran
 * @param replayed whether this is the stored result of an earlier request rather than a new one
 */
public record Idempotent<T>(T value, boolean replayed) {

    /** The header that tells a client its response is a replay, as Stripe and the IETF draft's examples do. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static <T> Idempotent<T> fresh(T value) {
        return new Idempotent<>(value, false);
    }

    static <T> Idempotent<T> replay(T value) {
        return new Idempotent<>(value, true);
    }
}
