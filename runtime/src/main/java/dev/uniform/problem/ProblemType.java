package dev.uniform.problem;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.StatusType;

/**
 * The problem types every uniform service shares. Their URIs are stable: clients may switch on them. Statuses without
 * a type of their own use {@code about:blank}, which RFC 9457 reserves for "nothing beyond the status code".
 */
public enum ProblemType {
    VALIDATION("urn:uniform:problem:validation", "Request is not valid", Status.BAD_REQUEST),
    MALFORMED_BODY("urn:uniform:problem:malformed-body", "Request body cannot be read", Status.BAD_REQUEST),
    UNAUTHENTICATED("urn:uniform:problem:unauthenticated", "Authentication required", Status.UNAUTHORIZED),
    FORBIDDEN("urn:uniform:problem:forbidden", "Operation not permitted", Status.FORBIDDEN),
    NOT_FOUND("urn:uniform:problem:not-found", "Resource not found", Status.NOT_FOUND),
    CONFLICT("urn:uniform:problem:conflict", "Conflicts with the current state", Status.CONFLICT),
    PRECONDITION_FAILED("urn:uniform:problem:precondition-failed", "Resource has changed", Status.PRECONDITION_FAILED),
    PRECONDITION_REQUIRED(
            "urn:uniform:problem:precondition-required", "If-Match is required", Status.PRECONDITION_REQUIRED),
    REFERENCE_NOT_FOUND(
            "urn:uniform:problem:reference-not-found",
            "Referenced resource not found",
            new UnlistedStatus(422, "Unprocessable Content")),
    IDEMPOTENCY_KEY_REUSED(
            "urn:uniform:problem:idempotency-key-reused",
            "Idempotency key reused for another request",
            new UnlistedStatus(422, "Unprocessable Content")),
    PAYLOAD_TOO_LARGE(
            "urn:uniform:problem:payload-too-large", "Request body too large", Status.REQUEST_ENTITY_TOO_LARGE),
    URI_TOO_LONG("urn:uniform:problem:uri-too-long", "Request URI too long", Status.REQUEST_URI_TOO_LONG),
    HEADERS_TOO_LARGE(
            "urn:uniform:problem:headers-too-large",
            "Request headers too large",
            new UnlistedStatus(431, "Request Header Fields Too Large")),
    INTERNAL("urn:uniform:problem:internal", "Internal server error", Status.INTERNAL_SERVER_ERROR),
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

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

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
