package dev.uniform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body, served as {@value #MEDIA_TYPE}. Never carries a stack trace, class name or SQL.
 * Each member is bounded, as the API document says, so that a client may rely on the limits; longer values are cut.
 *
 * @param type stable URI naming the kind of problem; see {@link ProblemType}
 * @param title short summary of the type, the same for every occurrence
 * @param status the HTTP status code, repeated for clients that lose the status line
 * @param detail what went wrong this time, written for the caller to act on
 * @param instance the path of the request that failed
 * @param violations each invalid input, for validation problems; at most {@value #MAX_VIOLATIONS}
 * @param requestId the id of the failed request, as in its {@code X-Request-Id} response header and in the log
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldViolation> violations,
        String requestId) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The longest {@code type} and {@code title}, as documented; longer ones are cut. */
    public static final int MAX_NAME_LENGTH = 256;

    /**
     * The longest {@code detail} and {@code instance}, as documented; longer ones are cut. An instance is a request's
     * path, which the kit's request-line limit keeps to 4096 characters already.
     */
    public static final int MAX_TEXT_LENGTH = 4096;

    /** The longest {@code requestId}: the kit keeps a caller's {@code X-Request-Id} only up to this length. */
    public static final int MAX_REQUEST_ID_LENGTH = 128;

    /**
     * The most violations one problem lists, as documented; a request with more learns of the rest when it is sent
     * again with these corrected.
     */
    public static final int MAX_VIOLATIONS = 100;

    /**
     * Takes null violations for none; like every empty member, they are then left out of the JSON.
     *
     * @param type stable URI naming the kind of problem, or {@code about:blank} where the status says it all
     * @param title short summary of the type, the same for every occurrence
     * @param status the HTTP status code, the same as the response's
     * @param detail what went wrong this time, for the caller; never a class name or SQL
     * @param instance the path of the request that failed
     * @param violations each invalid input; null or empty for none
     * @param requestId the id of the failed request, or null until the kit adds it on the way out
     */
    public Problem {
        type = FieldViolation.cut(type, MAX_NAME_LENGTH);
        title = FieldViolation.cut(title, MAX_NAME_LENGTH);
        detail = FieldViolation.cut(detail, MAX_TEXT_LENGTH);
        instance = FieldViolation.cut(instance, MAX_TEXT_LENGTH);
        requestId = FieldViolation.cut(requestId, MAX_REQUEST_ID_LENGTH);
        violations = violations == null
                ? List.of()
                : List.copyOf(violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS)));
    }

    /**
     * A problem of one of the shared types.
     *
     * @param type the shared type, which gives the URI, title and status
     * @param detail what went wrong this time, written for the caller to act on; never a class name or SQL
     * @param instance the path of the request that failed
     * @return a problem without violations; the kit adds the request id to every problem on its way out
     */
    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    /**
     * A problem of one of the shared types that names each invalid input.
     *
     * @param type the shared type, which gives the URI, title and status
     * @param detail what went wrong this time, written for the caller to act on; never a class name or SQL
     * @param instance the path of the request that failed
     * @param violations each invalid input; empty or null for none
     * @return a problem without a request id, which the kit adds to every problem on its way out
     */
    public static Problem of(ProblemType type, String detail, String instance, List<FieldViolation> violations) {
        return new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, instance, violations, null);
    }

    /**
     * This problem, naming the request it answers.
     *
     * @param id the request's id, as in its {@code X-Request-Id} response header
     * @return a copy with {@code requestId} set; this problem is unchanged
     */
    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, violations, id);
    }
}
