package dev.uniform.internal.paging;

import dev.uniform.paging.Page;
import dev.uniform.paging.PageParameters;
import dev.uniform.paging.Paging;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the page size a service accepts, as configured when it starts: {@link PageParameters} can only state the
 * hard limit no configuration lifts, while requests above {@code uniform.paging.max-size} are refused. Every
 * {@link Page} in a response is bounded the same way (its items, its counts), so that a client can size what it reads
 * (OWASP API4:2023).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PageSizeDocumentation implements OASFilter {

    /** The properties of a {@link Page}'s schema, whatever its items: how it is recognised. */
    private static final Set<String> PAGE_PROPERTIES = Set.of("items", "page", "size", "totalItems", "totalPages");

    /** The properties of a {@link dev.uniform.paging.CursorPage}'s schema. */
    private static final Set<String> CURSOR_PAGE_PROPERTIES =
            Set.of("items", "page", "size", "next", "previous", "totalItems", "totalPages");

    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (Paging.SIZE.equals(parameter.getName())
                && parameter.getIn() == Parameter.In.QUERY
                && parameter.getSchema() != null) {
            parameter
                    .getSchema()
                    .maximum(BigDecimal.valueOf(config().maxSize()))
                    .defaultValue(config().defaultSize());
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null
                || !(properties.keySet().equals(PAGE_PROPERTIES)
                        || properties.keySet().equals(CURSOR_PAGE_PROPERTIES))) {
            return schema;
        }
        BigDecimal maxSize = BigDecimal.valueOf(config().maxSize());
        properties.get("items").setMaxItems(config().maxSize());
        bound(properties.get("page"), BigDecimal.ZERO, BigDecimal.valueOf(config().maxOffset()));
        bound(properties.get("size"), BigDecimal.ONE, maxSize);
        bound(properties.get("totalItems"), BigDecimal.ZERO, MAX_LONG);
        bound(properties.get("totalPages"), BigDecimal.ZERO, MAX_INT);
        return schema;
    }

    private static void bound(Schema property, BigDecimal minimum, BigDecimal maximum) {
        property.setMinimum(minimum);
        property.setMaximum(maximum);
    }

    private static PagingConfig config() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PagingConfig.class);
    }
}
