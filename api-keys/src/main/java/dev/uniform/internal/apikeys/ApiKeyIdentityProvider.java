package dev.uniform.internal.apikeys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Decides on a key: its shape and checksum first (a typo costs no database round trip), then its row, read again at
 * most every {@code uniform.api-keys.recheck-after}, so that a revocation holds on every replica within that time. An
 * expiry needs no read: it is checked on each use.
 */
@Singleton
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyCredential> {

    /** Names the caller of a key, apart from token subjects: idempotency keys and logs tell the two apart. */
    static final String PRINCIPAL_PREFIX = "api-key:";

    /** The most keys each cache holds: those checked within the recheck time, and those whose use was recorded. */
    private static final int REMEMBERED_KEYS = 10_000;

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    private final ApiKeyStore store;
    private final ApiKeysConfig config;
    /** What was read of each key, by the SHA-256 of the key (never the key), for the recheck time. */
    private final Cache<String, StoredKey> recentlyChecked;

    private final Cache<String, Boolean> recentlyRecorded;

    ApiKeyIdentityProvider(ApiKeyStore store, ApiKeysConfig config) {
        this.store = store;
        this.config = config;
        this.recentlyChecked = Caffeine.newBuilder()
                .expireAfterWrite(config.recheckAfter())
                .maximumSize(REMEMBERED_KEYS)
                .build();
        this.recentlyRecorded = Caffeine.newBuilder()
                .expireAfterWrite(config.lastUseResolution())
                .maximumSize(REMEMBERED_KEYS)
                .build();
    }

    @Override
    public Class<ApiKeyCredential> getRequestType() {
        return ApiKeyCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyCredential credential, AuthenticationRequestContext context) {
        Optional<String> id = ApiKeyFormat.idOf(credential.presented());
        if (id.isEmpty()) {
            return Uni.createFrom().failure(ApiKeyRefusal.MALFORMED.failure());
        }
        byte[] hash = ApiKeyFormat.hashOf(credential.presented());
        return storedKey(id.get(), hash).map(this::identityOf);
    }

    private Uni<StoredKey> storedKey(String id, byte[] hash) {
        String cacheKey = HexFormat.of().formatHex(hash);
        StoredKey remembered = recentlyChecked.getIfPresent(cacheKey);
        if (remembered != null) {
            return Uni.createFrom().item(remembered);
        }
        return store.find(id)
                .map(found -> found.filter(key -> MessageDigest.isEqual(key.hash(), hash))
                        .map(key -> remember(cacheKey, key))
                        .orElseThrow(() -> ApiKeyRefusal.UNKNOWN.failure()));
    }

    private StoredKey remember(String cacheKey, StoredKey key) {
        recentlyChecked.put(cacheKey, key);
        return key;
    }

    private SecurityIdentity identityOf(StoredKey key) {
        if (key.revoked()) {
            throw ApiKeyRefusal.REVOKED.failure();
        }
        if (key.expiredAt(OffsetDateTime.now())) {
            throw ApiKeyRefusal.EXPIRED.failure();
        }
        recordUse(key.id());
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(PRINCIPAL_PREFIX + key.id()))
                .addRoles(ApiKeyRoles.grantable(key.roles()))
                .build();
    }

    /** Writes the use at most once per resolution per replica; a failed write costs the caller nothing. */
    private void recordUse(String id) {
        if (recentlyRecorded.asMap().putIfAbsent(id, Boolean.TRUE) != null) {
            return;
        }
        store.recordUse(id, config.lastUseResolution().toSeconds())
                .subscribe()
                .with(done -> {}, failure -> LOG.debugf("Last use of API key %s not recorded: %s", id, failure));
    }
}
