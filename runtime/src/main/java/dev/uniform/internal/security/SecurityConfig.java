package dev.uniform.internal.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service verifies its callers, beyond MicroProfile JWT's own settings: {@code uniform.security.*}. */
@ConfigMapping(prefix = "uniform.security")
public interface SecurityConfig {

    /**
     * Whether production may fetch the keys that verify tokens over plain HTTP
     * ({@code mp.jwt.verify.publickey.location=http://...}): only where the identity provider is reached over a network
     * the operator trusts, inside the cluster. Refused by default: whoever changes the keys on the way can sign tokens.
     */
    @WithDefault("false")
    boolean allowPlainHttpKeys();
}
