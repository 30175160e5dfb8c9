package dev.uniform.internal.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Documents 401 on every operation when the operator puts the API behind a token by configuration
 * ({@code QUARKUS_HTTP_AUTH_PERMISSION_API_POLICY=authenticated}): the annotations only know the roles of changes,
 * while reads then answer 401 too. Runs when the service starts, with its configuration.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class AccessPolicyDocumentation implements OASFilter {

    static final String UNAUTHENTICATED = "401";
    private static final String PERMISSION = "quarkus.http.auth.permission.";
    private static final String POLICY = ".policy";
    private static final String PERMIT = "permit";

    private final boolean tokenRequired = tokenRequiredBy(ConfigProvider.getConfig());

    @Override
    public Operation filterOperation(Operation operation) {
        if (tokenRequired
                && operation.getResponses() != null
                && !operation.getResponses().hasAPIResponse(UNAUTHENTICATED)) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            UNAUTHENTICATED,
                            OASFactory.createAPIResponse()
                                    .description("No bearer token, or one that does not verify: this service asks"
                                            + " every caller for one.")
                                    .content(ProblemResponsesFilter.problemContent()));
        }
        return operation;
    }

    /** Whether a permission of the HTTP layer asks for more than {@code permit}. */
    static boolean tokenRequiredBy(Config config) {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(PERMISSION) && name.endsWith(POLICY))
                .map(name -> config.getOptionalValue(name, String.class).orElse(PERMIT))
                .anyMatch(policy -> !policy.equals(PERMIT));
    }
}
