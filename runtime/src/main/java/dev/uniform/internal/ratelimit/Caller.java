package dev.uniform.internal.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Whom a request counts against: a verified credential's holder, or for a request without one, its client address.
 *
 * @param key what tells callers apart, kept in this replica's memory only
 * @param anonymous whether the request came without credentials, and so counts against its address
 */
record Caller(String key, boolean anonymous) {

    private static final boolean BEARER_TOKENS_PRESENT = isPresent("org.eclipse.microprofile.jwt.JsonWebToken");

    /** Bytes of an IPv6 address that count as one client: its /64, which a single host is commonly given whole. */
    private static final int IPV6_CLIENT_PREFIX_BYTES = 8;

    /**
     * The holder of the identity's credential: a token's issuer and subject, as two issuers may hand out the same
     * subject, or another mechanism's principal (an API key's id); the address when the identity is anonymous.
     */
    static Caller of(SecurityIdentity identity, SocketAddress client) {
        if (identity == null || identity.isAnonymous()) {
            return fromAddress(client);
        }
        String token = BEARER_TOKENS_PRESENT ? TokenHolders.holderOf(identity) : null;
        return new Caller(
                token != null
                        ? "token " + token
                        : "principal " + identity.getPrincipal().getName(),
                false);
    }

    /** A request without credentials, or with ones that did not verify, which must not count against their holder. */
    static Caller fromAddress(SocketAddress client) {
        return new Caller("address " + clientOf(client), true);
    }

    /**
     * How the shared count names the caller: a digest, so that the database holds no subject or address, and every
     * name is of one length whatever the caller's. The policy's window and limit are part of it: replicas set
     * differently during a rollout count apart rather than against each other's limit.
     */
    byte[] storedName(long windowMillis, int limit) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((windowMillis + " " + limit + " " + key).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("Every Java platform has SHA-256", absent);
        }
    }

    private static String clientOf(SocketAddress client) {
        if (client == null || client.hostAddress() == null) {
            return "unknown";
        }
        String host = client.hostAddress();
        if (host.indexOf(':') < 0) {
            return host;
        }
        try {
            byte[] address = InetAddress.getByName(host).getAddress();
            if (address.length == 16) {
                return HexFormat.of().formatHex(address, 0, IPV6_CLIENT_PREFIX_BYTES) + "::/64";
            }
            return host;
        } catch (UnknownHostException notLiteral) {
            // A socket's address is always a literal; should one not be, it is still a name for the client.
            return host;
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, Caller.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
