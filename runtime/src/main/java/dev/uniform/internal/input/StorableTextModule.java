package dev.uniform.internal.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Makes every string of every request body pass {@link StorableText}, whatever record it belongs to. */
@Singleton
public class StorableTextModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("uniform-storable-text")
                .addDeserializer(String.class, new StorableTextDeserializer()));
    }
}
