package dev.uniform.internal.http;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers plain-HTTP clients in HTTP/1.1, whatever upgrade they offer. The JDK's {@code HttpClient}, and so every Java
 * client generated from the document with openapi-generator's {@code native} library, offers an upgrade to HTTP/2 on
 * {@code http://} requests ({@code Upgrade: h2c}). Against Vert.x 4.5's upgrade path, a read of the OpenAPI document
 * once came back as HTTP/1.1 bytes that the client took for HTTP/2 frames (a protocol error, in an archetype build),
 * and a loop of 300 reads, each from a new client, hung, where 300 over HTTP/1.1 took about a second; Vert.x's
 * maintainers advise against h2c upgrades in production (quarkusio/quarkus#35180). Behind an ingress, which terminates
 * TLS and speaks HTTP/1.1 to the service, nothing is lost; HTTP/2 over TLS is untouched.
 * {@code uniform.http.clear-text-http2=true} restores Quarkus's default, for a mesh that sends HTTP/2 in clear text.
 */
@Singleton
public class ClearTextHttp2 implements HttpServerOptionsCustomizer {

    private final boolean enabled;

    public ClearTextHttp2(
            @ConfigProperty(name = "uniform.http.clear-text-http2", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(enabled);
    }
}
