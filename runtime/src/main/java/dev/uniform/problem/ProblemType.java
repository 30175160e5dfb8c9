package dev.uniform.problem;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.StatusType;

/**
 * The problem types every uniform service shares. Their URIs are stable: clients may switch on them. Statuses without
 * a type of their own use {@code about:blank}, which RFC 9457 reserves for "nothing beyond the status code".
 */
public enum ProblemType {
    /** 400: an input is invalid or unknown, or the database refused a value; {@code violations} names the inputs. */
    VALIDATION("urn:uniform:problem:validation", "Request is not valid", Status.BAD_REQUEST),
    /** 400: the body is not JSON (the detail gives line and column), or not of the shape the operation reads. */
    MALFORMED_BODY("urn:uniform:problem:malformed-body", "Request body cannot be read", Status.BAD_REQUEST),
    /** 401: no bearer token where the operation needs one, or one that does not verify. */
    UNAUTHENTICATED("urn:uniform:problem:unauthenticated", "Authentication required", Status.UNAUTHORIZED),
    /** 403: the caller lacks the operation's role, or a browser calls from an origin the service does not list. */
    FORBIDDEN("urn:uniform:problem:forbidden", "Operation not permitted", Status.FORBIDDEN),
    /** 404: the resource ({@link ResourceNotFoundException}) or the path does not exist. */
    NOT_FOUND("urn:uniform:problem:not-found", "Resource not found", Status.NOT_FOUND),
    /** 409: the request clashes with stored state, such as a unique value taken or a row still referred to. */
    CONFLICT("urn:uniform:problem:conflict", "Conflicts with the current state", Status.CONFLICT),
    /** 412: {@code If-Match} names a version that is no longer current, or a concurrent change came first. */
    PRECONDITION_FAILED("urn:uniform:problem:precondition-failed", "Resource has changed", Status.PRECONDITION_FAILED),
    /** 428: a change without {@code If-Match}, where {@code uniform.concurrency.require-if-match} asks for it. */
    PRECONDITION_REQUIRED(
            "urn:uniform:problem:precondition-required", "If-Match is required", Status.PRECONDITION_REQUIRED),
    /** 422: a field refers to a resource that does not exist ({@link ReferenceNotFoundException}). */
    REFERENCE_NOT_FOUND(
            "urn:uniform:problem:reference-not-found",
            "Referenced resource not found",
            new UnlistedStatus(422, "Unprocessable Content")),
    /** 422: an {@code Idempotency-Key} sent again with a different request. */
    IDEMPOTENCY_KEY_REUSED(
            "urn:uniform:problem:idempotency-key-reused",
            "Idempotency key reused for another request",
            new UnlistedStatus(422, "Unprocessable Content")),
    /** 413: the body is over {@code quarkus.http.limits.max-body-size}. */
    PAYLOAD_TOO_LARGE(
            "urn:uniform:problem:payload-too-large", "Request body too large", Status.REQUEST_ENTITY_TOO_LARGE),
    /** 414: the request line is over {@code uniform.http.limits.max-request-line-length}. */
    URI_TOO_LONG("urn:uniform:problem:uri-too-long", "Request URI too long", Status.REQUEST_URI_TOO_LONG),
    /** 431: the headers are over {@code uniform.http.limits.max-header-size}. */
    HEADERS_TOO_LARGE(
            "urn:uniform:problem:headers-too-large",
            "Request headers too large",
            new UnlistedStatus(431, "Request Header Fields Too Large")),
    /**
     * 429: the caller has sent all the requests its rate limit allows in the current window; sent with
     * {@code Retry-After}, the seconds until the next window.
     */
    RATE_LIMITED("urn:uniform:problem:rate-limited", "Too many requests", Status.TOO_MANY_REQUESTS),
    /** 500: anything unexpected; logged in full, answered with nothing internal. */
    INTERNAL("urn:uniform:problem:internal", "Internal server error", Status.INTERNAL_SERVER_ERROR),
    /** 503: the database cannot be reached or did not answer in time; sent with {@code Retry-After}. */
    UNAVAILABLE("urn:uniform:problem:unavailable", "Service temporarily unavailable", Status.SERVICE_UNAVAILABLE);

    /** The type RFC 9457 prescribes when the status code says it all. */
    public static final String ABOUT_BLANK = "about:blank";

    private final String uri;
    private final String title;
    private final StatusType status;

    ProblemType(String uri, String title, StatusType status) {
        this.uri = uri;
        this.title = title;
        this.status = status;
    }

    /**
     * The type's identity, which clients may switch on.
     *
     * @return a stable URN such as {@code urn:uniform:problem:validation}, served as the problem's {@code type}
     */
    public String uri() {
        return uri;
    }

    /**
     * What every problem of this type is about, whatever went wrong in particular.
     *
     * @return a short summary in English, served as the problem's {@code title}
     */
    public String title() {
        return title;
    }

    /**
     * The HTTP status of every response of this type.
     *
     * @return the status; compare it by {@code getStatusCode()}, as 422 and 431 are not {@code Status} constants
     */
    public StatusType status() {
        return status;
    }

    /** A status Jakarta REST 3.1 has no constant for (422 arrived with RFC 9110, 431 with RFC 6585). */
    private record UnlistedStatus(int code, String reason) implements StatusType {

        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.familyOf(code);
        }

        @Override
        public String getReasonPhrase() {
            return reason;
        }
    }
}
