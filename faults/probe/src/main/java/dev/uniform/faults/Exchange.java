package dev.uniform.faults;

import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * One request and what came of it: a response, no response within the timeout, or a failure of the connection.
 *
 * @param operation what was asked, such as {@code GET /products/{id}}
 * @param path the path actually requested, for judging the answer by the document
 * @param startedMillis when it was sent, in milliseconds since the scenario began
 * @param millis how long the answer took
 * @param status the status, or 0 when there was none
 * @param contentType the Content-Type, or null
 * @param retryAfter the Retry-After header, or null
 * @param etag the ETag header, or null
 * @param rateLimit the RateLimit header (draft-ietf-httpapi-ratelimit-headers), or null
 * @param body the body, as text
 * @param failure why there was no answer: {@code timeout}, {@code refused} (nothing listening) or {@code reset}
 */
record Exchange(
        String operation,
        String method,
        String path,
        long startedMillis,
        long millis,
        int status,
        String contentType,
        String retryAfter,
        String etag,
        String rateLimit,
        String body,
        String failure) {

    static final String TIMEOUT = "timeout";
    static final String REFUSED = "refused";
    static final String RESET = "reset";

    static Exchange of(
            String operation,
            String method,
            String path,
            long started,
            long millis,
            HttpResponse<?> response,
            String body) {
        return new Exchange(
                operation,
                method,
                path,
                started,
                millis,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("RateLimit").orElse(null),
                body,
                null);
    }

    static Exchange failed(String operation, String method, String path, long started, long millis, String failure) {
        return new Exchange(operation, method, path, started, millis, 0, null, null, null, null, "", failure);
    }

    /** This failure, with what the client said of it in place of a body, for the report's examples. */
    Exchange because(Throwable cause) {
        return new Exchange(
                operation,
                method,
                path,
                startedMillis,
                millis,
                status,
                contentType,
                retryAfter,
                etag,
                rateLimit,
                String.valueOf(cause),
                failure);
    }

    boolean answered() {
        return failure == null;
    }

    boolean isProblem() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }

    /** A 503 that says what it is and when to come back. */
    boolean isRetryableUnavailable() {
        return status == 503 && isProblem() && retryAfter != null && retryAfter.matches("\\d+");
    }
}
