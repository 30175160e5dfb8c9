package dev.uniform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uniform.internal.idempotency.IdempotencyConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Runs an operation at most once per caller and idempotency key, inside the caller's transaction, and answers retries
 * with the first result. The key is claimed with an insert into {@code idempotency_keys} (a table the service's
 * migrations create): a concurrent retry waits on the primary key until the first request commits, then replays it; if
 * the first request fails, its transaction takes the claim with it, and a retry runs afresh. No lock outlives a
 * transaction.
 *
 * <p>A key belongs to the caller who sent it (the authenticated principal; all anonymous callers share one scope):
 * another caller who happens to send the same key gets an operation of its own, never the first caller's stored result
 * nor the news that the key is taken. The table holds the SHA-256 of caller and key, not the key itself.
 */
@ApplicationScoped
public class IdempotentOperations {

    /** Expired keys deleted per claim: enough to keep up with any creation rate, bounded so claims stay fast. */
    static final int PURGE_BATCH = 100;

    private static final String PURGE_EXPIRED = "delete from idempotency_keys where (operation, idempotency_key) in"
            + " (select operation, idempotency_key from idempotency_keys where expires_at < now()"
            + " limit " + PURGE_BATCH + " for update skip locked)";

    /** Inserts the key, or takes over an expired one; updates nothing while an earlier use is still remembered. */
    private static final String CLAIM = "insert into idempotency_keys"
            + " (operation, idempotency_key, request_hash, response, expires_at)"
            + " values (:operation, :key, :hash, null, now() + :seconds * interval '1 second')"
            + " on conflict (operation, idempotency_key) do update"
            + " set request_hash = excluded.request_hash, response = null, expires_at = excluded.expires_at"
            + " where idempotency_keys.expires_at < now()";

    private static final String REMEMBER =
            "update idempotency_keys set response = :response where operation = :operation and idempotency_key = :key";

    private static final String RECALL = "select request_hash, response from idempotency_keys"
            + " where operation = :operation and idempotency_key = :key";

    private final ObjectMapper json;
    private final IdempotencyConfig config;
    private final Instance<CurrentIdentityAssociation> identities;

    /**
     * Made by CDI: services inject this bean; not API, as its configuration type is not.
     *
     * @param json the service's mapper, which fingerprints requests and stores results as JSON
     * @param config how long a key is remembered: {@code uniform.idempotency.retention}, by default {@code PT24H}
     * @param identities who sends the request, whose key it is; unresolvable in a service without Quarkus Security,
     *     where every caller is anonymous
     */
    IdempotentOperations(ObjectMapper json, IdempotencyConfig config, Instance<CurrentIdentityAssociation> identities) {
        this.json = json;
        this.config = config;
        this.identities = identities;
    }

    /**
     * Runs {@code work} unless this caller used this key for the same operation before; then answers with the first
     * result, or fails with {@link IdempotencyKeyReusedException} when the request differs. Without a key, simply runs it. Must be
     * called in a transaction ({@code @WithTransaction}), which the claim joins.
     *
     * @param <T> the operation's result
     * @param key the client's key; empty when it sent none
     * @param operation names what runs, for example {@code products.create}: keys of different operations never meet
     * @param request the validated request; equal requests serialise to equal JSON
     * @param resultType the result's class, to read a stored result back from its JSON on a replay
     * @param work the operation, called without a key and for a new or expired one; its result must survive a round trip
     *     to JSON
     * @return the result, with {@link Idempotent#replayed} telling whether it is the stored one of an earlier request
     */
    public <T> Uni<Idempotent<T>> once(
            Optional<IdempotencyKey> key,
            String operation,
            Object request,
            Class<T> resultType,
            Supplier<Uni<T>> work) {
        if (key.isEmpty()) {
            return work.get().map(Idempotent::fresh);
        }
        String hash = fingerprint(request);
        return caller().map(caller -> new Claim(operation, key.get(), stored(caller, key.get()), hash))
                .flatMap(claim -> Panache.getSession()
                        .flatMap(session -> purgeExpired(session)
                                .flatMap(purged -> claimKey(session, claim))
                                .flatMap(claimed -> claimed
                                        ? runAndRemember(session, claim, work)
                                        : replay(session, claim, resultType))));
    }

    /**
     * A claim of a key.
     *
     * @param operation what runs, such as {@code products.create}
     * @param key the key as the caller sent it, for messages
     * @param stored what the table holds for it: the key scoped to its caller
     * @param hash the request's fingerprint
     */
    private record Claim(String operation, IdempotencyKey key, String stored, String hash) {}

    /** The principal's name; empty for an anonymous caller. Resolved already where the operation needs a role. */
    private Uni<String> caller() {
        if (!identities.isResolvable()) {
            return Uni.createFrom().item("");
        }
        return identities
                .get()
                .getDeferredIdentity()
                .map(identity ->
                        identity.isAnonymous() ? "" : identity.getPrincipal().getName());
    }

    /** The caller's name is length-prefixed, so that no other caller and key give the same text to hash. */
    private static String stored(String caller, IdempotencyKey key) {
        return sha256((caller.length() + ":" + caller + key.value()).getBytes(StandardCharsets.UTF_8));
    }

    private static Uni<Integer> purgeExpired(Mutiny.Session session) {
        return session.createNativeQuery(PURGE_EXPIRED).executeUpdate();
    }

    private Uni<Boolean> claimKey(Mutiny.Session session, Claim claim) {
        return session.createNativeQuery(CLAIM)
                .setParameter("operation", claim.operation())
                .setParameter("key", claim.stored())
                .setParameter("hash", claim.hash())
                .setParameter("seconds", config.retention().toSeconds())
                .executeUpdate()
                .map(inserted -> inserted == 1);
    }

    private <T> Uni<Idempotent<T>> runAndRemember(Mutiny.Session session, Claim claim, Supplier<Uni<T>> work) {
        return work.get()
                .call(result -> session.createNativeQuery(REMEMBER)
                        .setParameter("response", serialized(result))
                        .setParameter("operation", claim.operation())
                        .setParameter("key", claim.stored())
                        .executeUpdate())
                .map(Idempotent::fresh);
    }

    private <T> Uni<Idempotent<T>> replay(Mutiny.Session session, Claim claim, Class<T> resultType) {
        return session.createNativeQuery(RECALL, Object[].class)
                .setParameter("operation", claim.operation())
                .setParameter("key", claim.stored())
                .getSingleResult()
                .map(row -> replayed(claim, row, resultType));
    }

    private <T> Idempotent<T> replayed(Claim claim, Object[] row, Class<T> resultType) {
        if (!claim.hash().equals(row[0])) {
            throw new IdempotencyKeyReusedException(claim.key());
        }
        if (row[1] == null) {
            // Claim and result are written in one transaction: only a second claim within it finds neither.
            throw new IllegalStateException("Idempotency key claimed twice in one transaction: " + claim.operation());
        }
        return Idempotent.replay(deserialized((String) row[1], resultType));
    }

    private String fingerprint(Object request) {
        try {
            return sha256(json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request cannot be fingerprinted", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private String serialized(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A result cannot be remembered as JSON", e);
        }
    }

    private <T> T deserialized(String remembered, Class<T> type) {
        try {
            return json.readValue(remembered, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A remembered result cannot be read back as " + type.getSimpleName(), e);
        }
    }
}
