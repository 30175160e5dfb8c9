package dev.uniform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become responses: every error of a uniform service is an RFC 9457 problem. Client
 * mistakes get a 4xx naming what to fix; anything unexpected is logged in full and answered with a 500 that reveals
 * nothing. Mappers of Quarkus for the same types are replaced, being less specific about the caller's mistake.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response mapConstraintViolation(
            ConstraintViolationException failure, UriInfo uri, ResourceInfo resource, Request request) {
        if (Violations.concernReturnValue(failure.getConstraintViolations())) {
            return mapUnexpected(failure, uri, request);
        }
        List<FieldViolation> violations = Violations.describe(failure.getConstraintViolations(), resource);
        ProblemType type = ProblemType.VALIDATION;
        return respond(new Problem(
                type.uri(),
                type.title(),
                type.status().getStatusCode(),
                invalidFieldsDetail(violations),
                pathOf(uri),
                violations));
    }

    @ServerExceptionMapper
    public Response mapInvalidParameter(InvalidParameterException failure, UriInfo uri) {
        ProblemType type = failure.type();
        return respond(new Problem(
                type.uri(),
                type.title(),
                type.status().getStatusCode(),
                failure.detail(),
                pathOf(uri),
                failure.violations()));
    }

    @ServerExceptionMapper
    public Response mapProblem(ProblemException failure, UriInfo uri) {
        return respond(Problem.of(failure.type(), failure.detail(), pathOf(uri)));
    }

    @ServerExceptionMapper
    public Response mapUnreadableJson(JsonProcessingException failure, UriInfo uri) {
        return respond(JsonProblems.describe(failure, pathOf(uri)));
    }

    /** Declared separately: Quarkus maps this subtype itself, and only an equally specific mapper replaces it. */
    @ServerExceptionMapper
    public Response mapMismatchedJson(MismatchedInputException failure, UriInfo uri) {
        return mapUnreadableJson(failure, uri);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(
            WebApplicationException failure, UriInfo uri, ResourceInfo resource, Request request) {
        if (failure.getCause() instanceof JsonProcessingException json) {
            return mapUnreadableJson(json, uri);
        }
        if (failure instanceof NotFoundException && failure.getCause() != null) {
            Optional<FieldViolation> invalidQuery = QueryParameters.findUnconvertible(resource, uri);
            if (invalidQuery.isPresent()) {
                return mapInvalidParameter(
                        new InvalidParameterException(
                                invalidQuery.get().field(), invalidQuery.get().message()),
                        uri);
            }
        }
        Response original = failure.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            return mapUnexpected(failure, uri, request);
        }
        Response.StatusType statusType = original.getStatusInfo();
        Problem problem = status == ProblemType.NOT_FOUND.status().getStatusCode()
                ? Problem.of(ProblemType.NOT_FOUND, "Nothing exists at " + pathOf(uri) + ".", pathOf(uri))
                : new Problem(
                        ProblemType.ABOUT_BLANK,
                        statusType.getReasonPhrase(),
                        status,
                        clientErrorDetail(status, original),
                        pathOf(uri),
                        List.of());
        Response.ResponseBuilder response =
                Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable failure, UriInfo uri, Request request) {
        if (DatabaseErrors.isUniqueViolation(failure)) {
            return respond(Problem.of(
                    ProblemType.CONFLICT,
                    "A value that must be unique is already taken by another resource.",
                    pathOf(uri)));
        }
        if (DatabaseErrors.isForeignKeyViolation(failure)) {
            return respond(Problem.of(
                    ProblemType.CONFLICT,
                    "The request refers to a resource that does not exist, or one that others still refer to.",
                    pathOf(uri)));
        }
        LOG.errorf(failure, "Unexpected failure handling %s %s", request.getMethod(), pathOf(uri));
        return respond(Problem.of(
                ProblemType.INTERNAL,
                "The server failed to handle the request. It has been logged; retrying may help.",
                pathOf(uri)));
    }

    private static String invalidFieldsDetail(List<FieldViolation> violations) {
        List<String> fields =
                violations.stream().map(FieldViolation::field).distinct().toList();
        return fields.size() == 1
                ? "Field '" + fields.get(0) + "' is not valid."
                : fields.size() + " fields are not valid: " + String.join(", ", fields) + ".";
    }

    private static String clientErrorDetail(int status, Response original) {
        return switch (status) {
            case 405 ->
                original.getHeaderString(HttpHeaders.ALLOW) == null
                        ? "This HTTP method is not supported at this path."
                        : "This HTTP method is not supported at this path. Allowed: "
                                + original.getHeaderString(HttpHeaders.ALLOW) + ".";
            case 406 -> "No representation matches the Accept header; this API serves application/json.";
            case 415 -> "The Content-Type of the request is not supported here; send application/json.";
            default -> "The request cannot be handled as sent.";
        };
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
