package dev.uniform.idempotency;

import dev.uniform.problem.ProblemException;
import dev.uniform.problem.ProblemType;

/** The same key sent with a different request: replaying the first answer would be a lie, running it a duplicate. */
public class IdempotencyKeyReusedException extends ProblemException {

    /**
     * A 422 telling the caller to send a new key with a new request.
     *
     * @param key the key sent again, named in the detail so the client can tell which of its requests clashed
     */
    public IdempotencyKeyReusedException(IdempotencyKey key) {
        super(
                ProblemType.IDEMPOTENCY_KEY_REUSED,
                "Idempotency-Key '" + key.value() + "' was first used with a different request. Send a new key with"
                        + " a new request, and the same request with a retried key.");
    }
}
