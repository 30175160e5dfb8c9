package dev.uniform.internal.paging;

import dev.uniform.paging.PageParameters;
import dev.uniform.paging.Paging;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the page size a service accepts, as configured when it starts: {@link PageParameters} can only state the
 * hard limit no configuration lifts, while requests above {@code uniform.paging.max-size} are refused.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PageSizeDocumentation implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (Paging.SIZE.equals(parameter.getName())
                && parameter.getIn() == Parameter.In.QUERY
                && parameter.getSchema() != null) {
            PagingConfig config =
                    ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PagingConfig.class);
            parameter.getSchema().maximum(BigDecimal.valueOf(config.maxSize())).defaultValue(config.defaultSize());
        }
        return parameter;
    }
}
