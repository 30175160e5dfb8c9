package dev.uniform.internal.apikeys;

import dev.uniform.problem.ResourceNotFoundException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Issues, lists and revokes keys: what the admin operations do, apart from HTTP. */
@Singleton
class ApiKeys {

    static final String RESOURCE = "API key";

    private final ApiKeyStore store;
    private final ApiKeyRoles roles;

    ApiKeys(ApiKeyStore store, ApiKeyRoles roles) {
        this.store = store;
        this.roles = roles;
    }

    /** A new key: the only moment the key exists outside its caller; the table keeps its hash. */
    Uni<IssuedApiKey> issue(ApiKeyIssue issue) {
        List<String> refused = roles.notGrantable(issue.roles());
        if (!refused.isEmpty()) {
            return Uni.createFrom().failure(new RolesNotGrantableException(refused, roles.grantable()));
        }
        String key = ApiKeyFormat.newKey();
        String id = ApiKeyFormat.idOf(key).orElseThrow();
        return store.insert(id, ApiKeyFormat.hashOf(key), issue)
                .map(stored -> new IssuedApiKey(
                        stored.id(), key, stored.name(), stored.roles(), stored.createdAt(), stored.expiresAt()));
    }

    Uni<List<ApiKeyView>> list() {
        return store.list();
    }

    Uni<ApiKeyView> get(String id) {
        return store.get(id).map(found -> existing(found, id));
    }

    Uni<ApiKeyView> revoke(String id) {
        return store.revoke(id).map(found -> existing(found, id));
    }

    private static ApiKeyView existing(Optional<ApiKeyView> found, String id) {
        return found.orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
    }
}
