package dev.uniform.internal.ratelimit;

/**
 * Whether a request is let through, and what its rate-limit headers say.
 *
 * @param allowed whether the request is within the caller's allowance
 * @param policy the policy it counted against
 * @param remaining requests left to the caller in the window, as this replica knows
 * @param resetSeconds whole seconds until the window ends, at least 1
 */
record Decision(boolean allowed, Policy policy, int remaining, long resetSeconds) {

    /**
     * A named allowance, as the {@code RateLimit-Policy} header of the IETF draft (draft-ietf-httpapi-ratelimit-headers)
     * gives it.
     *
     * @param name "caller" for requests with credentials, "address" for those without
     * @param quota requests per window
     * @param windowSeconds the window's length
     */
    record Policy(String name, int quota, long windowSeconds) {

        /** The {@code RateLimit-Policy} field: {@code "caller";q=6000;w=60}. */
        String header() {
            return "\"" + name + "\";q=" + quota + ";w=" + windowSeconds;
        }
    }

    /** The {@code RateLimit} field: {@code "caller";r=5999;t=42}. */
    String header() {
        return "\"" + policy.name() + "\";r=" + remaining + ";t=" + resetSeconds;
    }
}
