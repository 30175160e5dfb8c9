package dev.uniform.apikeys;

/** How a caller presents an API key, and who may issue one: the names a client or a test of a service uses. */
public final class ApiKeyCredentials {

    /** The request header that carries the key, instead of {@code Authorization: Bearer}. */
    public static final String HEADER = "X-API-Key";

    /**
     * The role that issues, lists and revokes keys ({@code /api-keys}): held by tokens of the identity provider only,
     * never by a key, so that a leaked key cannot issue more.
     */
    public static final String ADMIN_ROLE = "api-keys.admin";

    private ApiKeyCredentials() {}
}
