package dev.uniform.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Jackson's own reading of strings, refusing those that could not be stored as sent (see {@link StorableText}). */
final class StorableTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && !StorableText.isStorable(text)) {
            throw new UnstorableTextException(parser);
        }
        return text;
    }
}
