package dev.uniform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, served as {@value #MEDIA_TYPE}. Never carries a stack trace, class name or SQL.
 *
 * @param type stable URI naming the kind of problem; see {@link ProblemType}
 * @param title short summary of the type, the same for every occurrence
 * @param status the HTTP status code, repeated for clients that lose the status line
 * @param detail what went wrong this time, written for the caller to act on
 * @param instance the path of the request that failed
 * @param violations each invalid input, for validation problems
 */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Stable URI of the problem type.", example = "urn:uniform:problem:validation")
        String type,

        @Schema(description = "Short summary of the problem type.", example = "Request is not valid")
        String title,

        @Schema(description = "HTTP status code.", example = "400")
        int status,

        @Schema(description = "What went wrong, for the caller to act on.", example = "1 field is not valid.")
        String detail,

        @Schema(description = "Path of the failed request.", example = "/products")
        String instance,

        @Schema(description = "Each invalid input, for validation problems.")
        List<FieldViolation> violations) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** A problem of one of the shared types. */
    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, instance, List.of());
    }
}
