package dev.uniform.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 401 is documented on every operation exactly when the HTTP layer asks callers for a token by configuration. */
class AccessPolicyDocumentationTests {

    @Test
    void shouldSeeATokenRequiredByAnAuthenticatedPolicy() {
        assertThat(AccessPolicyDocumentation.tokenRequiredBy(configWith(Map.of(
                        "quarkus.http.auth.permission.api.paths", "/*",
                        "quarkus.http.auth.permission.api.policy", "authenticated"))))
                .isTrue();
    }

    @Test
    void shouldSeeNoTokenRequiredWhereEveryPolicyPermits() {
        assertThat(AccessPolicyDocumentation.tokenRequiredBy(configWith(Map.of(
                        "quarkus.http.auth.permission.api.paths", "/*",
                        "quarkus.http.auth.permission.api.policy", "permit"))))
                .isFalse();
        assertThat(AccessPolicyDocumentation.tokenRequiredBy(configWith(Map.of())))
                .isFalse();
    }

    private static org.eclipse.microprofile.config.Config configWith(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
    }
}
