package dev.uniform.internal.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.uniform.problem.CredentialRefusedException;
import dev.uniform.problem.DatabaseErrors;
import dev.uniform.problem.FieldViolation;
import dev.uniform.problem.InvalidParameterException;
import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemException;
import dev.uniform.problem.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ResteasyReactiveClientProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become responses: every error of a uniform service is an RFC 9457 problem. Client
 * mistakes get a 4xx naming what to fix; anything unexpected is logged in full and answered with a 500 that reveals
 * nothing. Mappers of Quarkus for the same types are replaced, being less specific about the caller's mistake.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER = "Bearer";

    /** A delete refused because other resources refer to the one deleted; which ones is for the caller to look up. */
    static final String STILL_REFERENCED = "Other resources still refer to this one, so it was not deleted. Delete"
            + " them, or change them to refer to another, then delete it again.";

    /** Headers a status depends on; any other header of the original response stays behind. */
    private static final List<String> HEADERS_KEPT =
            List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

    private final ProblemsConfig config;

    public ProblemMappers(ProblemsConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response mapConstraintViolation(
            ConstraintViolationException failure, UriInfo uri, ResourceInfo resource, Request request) {
        if (Violations.concernReturnValue(failure.getConstraintViolations())) {
            return mapUnexpected(failure, uri, request);
        }
        List<FieldViolation> violations = Violations.describe(failure.getConstraintViolations(), resource);
        return respond(Problem.of(ProblemType.VALIDATION, invalidFieldsDetail(violations), pathOf(uri), violations));
    }

    @ServerExceptionMapper
    public Response mapInvalidParameter(InvalidParameterException failure, UriInfo uri) {
        return respond(Problem.of(failure.type(), failure.detail(), pathOf(uri), failure.violations()));
    }

    @ServerExceptionMapper
    public Response mapProblem(ProblemException failure, UriInfo uri) {
        return respond(Problem.of(failure.type(), failure.detail(), pathOf(uri), failure.violations()));
    }

    /** No credentials where the operation needs a caller; RFC 6750 asks for the Bearer challenge. */
    @ServerExceptionMapper
    public Response mapUnauthenticated(UnauthorizedException failure, UriInfo uri) {
        return challenge(
                Problem.of(
                        ProblemType.UNAUTHENTICATED,
                        "This operation needs a bearer token in the Authorization header.",
                        pathOf(uri)),
                BEARER);
    }

    /** Credentials that do not verify; the reason stays in the log, where the operator can see it. */
    @ServerExceptionMapper
    public Response mapAuthenticationFailed(AuthenticationFailedException failure, UriInfo uri) {
        LOG.debugf(failure, "Credential refused for %s", pathOf(uri));
        if (failure.getCause() instanceof CredentialRefusedException refused) {
            return challenge(Problem.of(refused.type(), refused.detail(), pathOf(uri)), refused.challenge());
        }
        return challenge(
                Problem.of(
                        ProblemType.UNAUTHENTICATED,
                        "The bearer token is not accepted: it is malformed, expired, not signed by the trusted"
                                + " issuer, or meant for another service (aud). Get a new token for this one and"
                                + " repeat the request.",
                        pathOf(uri)),
                BEARER + " error=\"invalid_token\"");
    }

    /** A known caller without the role an operation needs: the roles are named, so the caller knows what to ask for. */
    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException failure, UriInfo uri, ResourceInfo resource) {
        List<String> roles = requiredRoles(resource);
        String detail = roles.isEmpty()
                ? "The caller may not perform this operation."
                : "This operation needs the role " + String.join(" or ", roles) + ", which the caller does not have.";
        return respond(Problem.of(ProblemType.FORBIDDEN, detail, pathOf(uri)));
    }

    @ServerExceptionMapper
    public Response mapUnreadableJson(JsonProcessingException failure, UriInfo uri, Request request) {
        if (failure instanceof InvalidDefinitionException) {
            // Jackson cannot handle a type at all: a defect of the service, not of the request.
            return mapUnexpected(failure, uri, request);
        }
        return respond(JsonProblems.describe(failure, pathOf(uri)));
    }

    /** Declared separately: Quarkus maps this subtype itself, and only an equally specific mapper replaces it. */
    @ServerExceptionMapper
    public Response mapMismatchedJson(MismatchedInputException failure, UriInfo uri, Request request) {
        return mapUnreadableJson(failure, uri, request);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(
            WebApplicationException failure, UriInfo uri, ResourceInfo resource, Request request) {
        if (failure instanceof ResteasyReactiveClientProblem) {
            // A downstream service's answer to this service: its status and headers are not ours to repeat.
            return mapUnexpected(failure, uri, request);
        }
        if (failure.getCause() instanceof JsonProcessingException json) {
            return mapUnreadableJson(json, uri, request);
        }
        Optional<FieldViolation> invalidQuery = failure instanceof NotFoundException && failure.getCause() != null
                ? QueryParameters.findUnconvertible(resource, uri)
                : Optional.empty();
        if (invalidQuery.isPresent()) {
            FieldViolation violation = invalidQuery.get();
            return mapInvalidParameter(new InvalidParameterException(violation.field(), violation.message()), uri);
        }
        Response original = failure.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        if (original.getStatus() >= 500) {
            LOG.warnf("%s %s answered %d: %s", request.getMethod(), pathOf(uri), original.getStatus(), failure);
        }
        return statusProblem(original, uri);
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable failure, UriInfo uri, Request request) {
        if (DatabaseErrors.isUniqueViolation(failure)) {
            return respond(Problem.of(
                    ProblemType.CONFLICT,
                    "A value that must be unique is already taken by another resource.",
                    pathOf(uri)));
        }
        if (DatabaseErrors.isOptimisticLockFailure(failure)) {
            return respond(Problem.of(
                    ProblemType.PRECONDITION_FAILED,
                    "The resource changed while this request was handled. Read it again, then repeat the change if it"
                            + " still applies.",
                    pathOf(uri)));
        }
        if (DatabaseErrors.isStillReferenced(failure)) {
            return respond(Problem.of(ProblemType.CONFLICT, STILL_REFERENCED, pathOf(uri)));
        }
        if (DatabaseErrors.isMissingReference(failure)) {
            // A service names the field itself (ReferenceNotFoundException); this is the answer when it did not.
            return respond(Problem.of(
                    ProblemType.REFERENCE_NOT_FOUND,
                    "The request refers to a resource that does not exist. The API documentation says which fields"
                            + " hold identifiers of other resources.",
                    pathOf(uri)));
        }
        if (DatabaseErrors.isUnavailable(failure)) {
            // Expected while the database restarts or the pool is drained, and then for every request: one line each.
            LOG.warnf("%s %s: the database cannot serve it now: %s", request.getMethod(), pathOf(uri), failure);
            return unavailable(uri);
        }
        if (DatabaseErrors.isRejectedValue(failure)) {
            LOG.warnf(
                    failure,
                    "%s %s: the database refused a value the service did not validate; add a constraint to the"
                            + " request's record so that the caller learns which field",
                    request.getMethod(),
                    pathOf(uri));
            return respond(Problem.of(
                    ProblemType.VALIDATION,
                    "A value of the request cannot be stored: it is too long, out of range, or holds characters the"
                            + " service does not accept. The API documentation gives each field's limits.",
                    pathOf(uri)));
        }
        LOG.errorf(failure, "Unexpected failure handling %s %s", request.getMethod(), pathOf(uri));
        return respond(Problem.of(
                ProblemType.INTERNAL,
                "The server failed to handle the request. It has been logged; retrying may help.",
                pathOf(uri)));
    }

    /** 503 with Retry-After: the request may well succeed when repeated a little later. */
    private Response unavailable(UriInfo uri) {
        long seconds = Math.min(
                ProblemsConfig.MAX_RETRY_AFTER_SECONDS,
                Math.max(1, config.retryAfter().toSeconds()));
        Problem problem = Problem.of(
                ProblemType.UNAVAILABLE,
                "The service cannot reach its database right now, or the database did not answer in time. Retry in "
                        + seconds + " seconds.",
                pathOf(uri));
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .entity(problem)
                .build();
    }

    private static List<String> requiredRoles(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return List.of();
        }
        RolesAllowed allowed = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                .orElseGet(() -> method.getDeclaringClass().getAnnotation(RolesAllowed.class));
        return allowed == null ? List.of() : List.of(allowed.value());
    }

    private static Response challenge(Problem problem, String challenge) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(problem)
                .build();
    }

    private static String invalidFieldsDetail(List<FieldViolation> violations) {
        List<String> fields =
                violations.stream().map(FieldViolation::field).distinct().toList();
        return fields.size() == 1
                ? "Field '" + fields.get(0) + "' is not valid."
                : fields.size() + " fields are not valid: " + String.join(", ", fields) + ".";
    }

    /** A problem for a status that says it all, keeping only the headers the status needs. */
    private static Response statusProblem(Response original, UriInfo uri) {
        int status = original.getStatus();
        Problem problem = status == ProblemType.NOT_FOUND.status().getStatusCode()
                ? Problem.of(ProblemType.NOT_FOUND, "Nothing exists at " + pathOf(uri) + ".", pathOf(uri))
                : new Problem(
                        ProblemType.ABOUT_BLANK,
                        original.getStatusInfo().getReasonPhrase(),
                        status,
                        statusDetail(status, original),
                        pathOf(uri),
                        List.of(),
                        null);
        Response.ResponseBuilder response =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        for (String header : HEADERS_KEPT) {
            String value = original.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    private static String statusDetail(int status, Response original) {
        return switch (status) {
            case 405 -> allowedMethodsDetail(original.getHeaderString(HttpHeaders.ALLOW));
            case 401 -> "Authentication is required for this request.";
            case 403 -> "The caller may not perform this request.";
            case 406 -> "No representation here matches the Accept header; the API documentation lists those served.";
            case 413 -> "The request is larger than this service accepts.";
            case 415 ->
                "The Content-Type of the request is not accepted here; the API documentation lists those that are.";
            case 503 -> "The service cannot handle requests right now; retry later.";
            default ->
                status >= 500
                        ? "The service cannot handle this request right now."
                        : "The request cannot be handled as sent.";
        };
    }

    private static String allowedMethodsDetail(String allowed) {
        String detail = "This HTTP method is not supported at this path.";
        return allowed == null ? detail : detail + " Allowed: " + allowed + ".";
    }

    private static String pathOf(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
