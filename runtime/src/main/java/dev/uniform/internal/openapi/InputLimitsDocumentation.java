package dev.uniform.internal.openapi;

import dev.uniform.idempotency.IdempotencyKey;
import dev.uniform.internal.problem.RequestHeadLimits;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the longest value of every text parameter that names none, as the service enforces it: a query or path
 * parameter is part of the request line ({@code uniform.http.limits.max-request-line-length}, beyond which the answer
 * is a 414 problem), a header part of the headers ({@code max-header-size}, 431); an {@code Idempotency-Key} is 1 to
 * 255 visible ASCII characters, as {@link IdempotencyKey} refuses any other. Each such schema is marked
 * {@value #ENFORCED}: the bound was there before the document said so, and ApiInventory takes its arrival as
 * compatible. Runs when the service starts, with the limits it runs with.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class InputLimitsDocumentation implements OASFilter {

    /** The mark of a bound the service enforced before it was documented. */
    public static final String ENFORCED = "x-uniform-enforced";

    static final int IDEMPOTENCY_KEY_LENGTH = 255;

    private final RequestHeadLimits limits =
            ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(RequestHeadLimits.class);

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getRef() != null || schema == null || !isUnboundedText(schema) || parameter.getIn() == null) {
            return parameter;
        }
        if (parameter.getIn() == Parameter.In.HEADER && IdempotencyKey.HEADER.equalsIgnoreCase(parameter.getName())) {
            schema.minLength(1)
                    .maxLength(IDEMPOTENCY_KEY_LENGTH)
                    .pattern("^[\\x21-\\x7E]{1," + IDEMPOTENCY_KEY_LENGTH + "}$");
        } else if (parameter.getIn() == Parameter.In.HEADER) {
            schema.maxLength(
                    (int) Math.min(Integer.MAX_VALUE, limits.maxHeaderSize().asLongValue()));
        } else if (parameter.getIn() == Parameter.In.QUERY || parameter.getIn() == Parameter.In.PATH) {
            schema.maxLength(limits.maxRequestLineLength());
        } else {
            return parameter;
        }
        schema.addExtension(ENFORCED, true);
        return parameter;
    }

    /** A text with no bound of its own: neither a length, a list of values, nor a binary body; not a reference. */
    static boolean isUnboundedText(Schema schema) {
        return schema.getRef() == null
                && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMaxLength() == null
                && schema.getEnumeration() == null
                && schema.getConstValue() == null
                && !"binary".equals(schema.getFormat());
    }
}
