package dev.uniform.internal.openapi;

import dev.uniform.internal.ratelimit.RateLimits;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the rate limit on every operation while it is on ({@code uniform.rate-limit.enabled}): the 429 problem with
 * Retry-After, and the {@code RateLimit-Policy} and {@code RateLimit} headers on every response. Runs when the service
 * starts, with its configuration, after the problems are documented (which happens at build).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class RateLimitDocumentation implements OASFilter {

    static final String TOO_MANY_REQUESTS = "429";

    /** Longest value of either header: a policy name, two parameters of at most ten digits, and their punctuation. */
    static final int HEADER_LENGTH = 64;

    private static final String SENT_WHEN = " Sent with every answer of the operation, absent from those given before"
            + " the request reaches it (414, 431, and 413 for a body over the limit).";

    private final boolean enabled = ConfigProvider.getConfig()
            .getOptionalValue("uniform.rate-limit.enabled", Boolean.class)
            .orElse(true);

    @Override
    public Operation filterOperation(Operation operation) {
        if (!enabled || operation.getResponses() == null) {
            return operation;
        }
        if (!operation.getResponses().hasAPIResponse(TOO_MANY_REQUESTS)) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            TOO_MANY_REQUESTS,
                            OASFactory.createAPIResponse()
                                    .description("The caller has sent all the requests its rate limit allows in the"
                                            + " current window: retry after the seconds Retry-After gives. A caller is"
                                            + " a token's subject or an API key; without credentials, the client's"
                                            + " address.")
                                    .content(ProblemResponsesFilter.problemContent())
                                    .addHeader(HttpHeaders.RETRY_AFTER, ProblemResponsesFilter.retryAfterHeader()));
        }
        operation.getResponses().getAPIResponses().values().forEach(RateLimitDocumentation::addHeaders);
        return operation;
    }

    /** The two headers, once, in the components: every response refers to them. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (!enabled) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addHeader(
                        RateLimits.POLICY_HEADER,
                        header(
                                "The caller's allowance (draft-ietf-httpapi-ratelimit-headers): the policy, \"caller\""
                                        + " for requests with credentials or \"address\" for those without, q the"
                                        + " requests it allows per window, w the window in seconds." + SENT_WHEN,
                                "^\"(caller|address)\";q=[0-9]{1,10};w=[0-9]{1,5}$",
                                "\"caller\";q=6000;w=60"))
                .addHeader(
                        RateLimits.HEADER,
                        header(
                                "What is left of the caller's allowance (draft-ietf-httpapi-ratelimit-headers): r the"
                                        + " requests left in the current window, t the seconds until the next one"
                                        + " begins." + SENT_WHEN,
                                "^\"(caller|address)\";r=[0-9]{1,10};t=[0-9]{1,5}$",
                                "\"caller\";r=5999;t=42"));
    }

    private static void addHeaders(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        response.addHeader(RateLimits.POLICY_HEADER, OASFactory.createHeader().ref(RateLimits.POLICY_HEADER));
        response.addHeader(RateLimits.HEADER, OASFactory.createHeader().ref(RateLimits.HEADER));
    }

    private static Header header(String description, String pattern, String example) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .maxLength(HEADER_LENGTH)
                        .pattern(pattern)
                        .examples(List.of(example)));
    }
}
