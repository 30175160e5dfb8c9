package dev.uniform.internal.apikeys;

import static dev.uniform.internal.apikeys.ApiKeysTests.withKey;
import static dev.uniform.internal.apikeys.IssuedKeys.key;
import static org.hamcrest.Matchers.equalTo;

import dev.uniform.internal.apikeys.testapp.ThingResource;
import dev.uniform.problem.Problem;
import dev.uniform.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The key cannot be looked up in time (the table locked by a migration, the database slow): the caller is told to
 * come back (503 with Retry-After), not that their key is bad (401) nor that the service failed (500).
 */
@QuarkusTest
@TestProfile(BusyKeyTableTests.ShortStatements.class)
class BusyKeyTableTests {

    /** A statement timeout a test can exceed cheaply. */
    public static class ShortStatements implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("uniform.datasource.statement-timeout", "PT1S");
        }
    }

    @Inject
    Pool pool;

    @Test
    void shouldAnswer503WhileTheKeysCannotBeRead() {
        String key = key("blocked", ThingResource.WRITE);

        pool.withTransaction(locked -> locked.query("lock table api_keys in access exclusive mode")
                        .execute()
                        .call(() -> Uni.createFrom()
                                .item(() -> withKey(key)
                                        .post("/things")
                                        .then()
                                        .statusCode(503)
                                        .contentType(Problem.MEDIA_TYPE)
                                        .header("Retry-After", equalTo("5"))
                                        .body("type", equalTo(ProblemType.UNAVAILABLE.uri())))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())))
                .await()
                .indefinitely();
    }
}
