package dev.uniform.internal.concurrency;

import dev.uniform.concurrency.IfMatch;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Marks the If-Match header of changes required in the document when {@code uniform.concurrency.require-if-match}
 * makes the service answer 428 without it, so that generated clients ask for it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class IfMatchDocumentation implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (IfMatch.HEADER.equalsIgnoreCase(parameter.getName()) && parameter.getIn() == Parameter.In.HEADER) {
            ConcurrencyConfig config =
                    ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(ConcurrencyConfig.class);
            parameter.required(config.requireIfMatch());
        }
        return parameter;
    }
}
