package dev.uniform.concurrency;

import dev.uniform.internal.concurrency.ConcurrencyConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the If-Match header of a change, applying {@code uniform.concurrency.require-if-match}. */
@ApplicationScoped
public class Preconditions {

    private final ConcurrencyConfig config;

    /**
     * Made by CDI: services inject this bean; not API, as its configuration type is not.
     *
     * @param config the concurrency settings; {@code uniform.concurrency.require-if-match} defaults to {@code true}
     */
    Preconditions(ConcurrencyConfig config) {
        this.config = config;
    }

    /**
     * @param header the If-Match header as received, or null when absent
     * @return what the change may overwrite; 428 when the header is required and absent, 400 when it is malformed
     */
    public IfMatch ifMatch(String header) {
        if (header != null) {
            return IfMatch.parse(header);
        }
        if (config.requireIfMatch()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag you last read of this resource, so that no one else's change is lost.");
        }
        return IfMatch.any();
    }
}
