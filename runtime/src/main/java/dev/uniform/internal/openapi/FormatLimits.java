package dev.uniform.internal.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every value of the document whose format bounds it the bounds of that format, so that a client or gateway can
 * size what it reads and sends (OWASP API4:2023, unrestricted resource consumption): a date-time, a date or a UUID the
 * length of its text (Jackson writes an instant or an offset date-time as RFC 3339 with at most nine fraction digits
 * and an offset, such as {@code 2026-12-07T16:20:57.123456789+05:30}), an int32 or int64 the range of its type where
 * the schema names no narrower one. Jackson refuses any value beyond them with a 400, so they held all along.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FormatLimits implements OASFilter {

    private static final Map<String, Integer> LENGTH_BY_FORMAT = Map.of("date-time", 35, "date", 10, "uuid", 36);

    /** The component SmallRye OpenAPI makes for {@code java.util.UUID}, to which a UUID property refers. */
    private static final String UUID_REF = "#/components/schemas/UUID";

    private static final Map<String, long[]> RANGE_BY_FORMAT = Map.of(
            "int32", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            "int64", new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return schema;
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null) {
            String format = UUID_REF.equals(schema.getRef()) ? "uuid" : schema.getFormat();
            Integer length = format == null ? null : LENGTH_BY_FORMAT.get(format);
            if (length != null) {
                schema.setMaxLength(length);
            }
        }
        long[] range = schema.getFormat() == null ? null : RANGE_BY_FORMAT.get(schema.getFormat());
        if (types.contains(Schema.SchemaType.INTEGER) && range != null) {
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(range[0]));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(range[1]));
            }
        }
        return schema;
    }
}
