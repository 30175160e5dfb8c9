package dev.uniform.internal.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every date and date-time string of the document the length its format allows, so that a client or gateway
 * can bound what it reads (OWASP API4:2023, unrestricted resource consumption): Jackson writes an instant or an
 * offset date-time as RFC 3339 with at most nine fraction digits and an offset, such as
 * {@code 2026-12-07T16:20:57.123456789+05:30}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DateTimeLimits implements OASFilter {

    private static final Map<String, Integer> LENGTH_BY_FORMAT = Map.of("date-time", 35, "date", 10);

    @Override
    public Schema filterSchema(Schema schema) {
        Integer length = schema.getFormat() == null ? null : LENGTH_BY_FORMAT.get(schema.getFormat());
        List<Schema.SchemaType> types = schema.getType();
        if (length != null
                && schema.getMaxLength() == null
                && types != null
                && types.contains(Schema.SchemaType.STRING)) {
            schema.setMaxLength(length);
        }
        return schema;
    }
}
