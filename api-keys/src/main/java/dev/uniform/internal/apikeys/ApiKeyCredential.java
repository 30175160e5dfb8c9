package dev.uniform.internal.apikeys;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A key as a caller sent it in {@code X-API-Key}, to be checked by {@link ApiKeyIdentityProvider}. */
final class ApiKeyCredential extends BaseAuthenticationRequest {

    private final String presented;

    ApiKeyCredential(String presented) {
        this.presented = presented;
    }

    String presented() {
        return presented;
    }

    /** Never the key itself: a request may be logged by whoever handles it. */
    @Override
    public String toString() {
        return "ApiKeyCredential[X-API-Key]";
    }
}
