package dev.uniform.internal.apikeys;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Migrates the table of keys at start, with the library's own migrations and history table
 * ({@code uniform_api_keys_history}), apart from the service's: the table follows the library's version, so that a
 * service gets its changes by bumping the kit. Replicas starting together are serialised by Flyway's lock.
 */
@Singleton
class ApiKeysSchema {

    static final String HISTORY_TABLE = "uniform_api_keys_history";

    void migrate(@Observes StartupEvent start, AgroalDataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                // The service's schema is not empty: this history starts below the library's first migration.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Only the migrations below: never the service's db/migration, which Quarkus's Flyway applies.
                .resourceProvider(NO_SQL_MIGRATIONS)
                .javaMigrationClassProvider(List::of)
                .javaMigrations(new V1__Create_api_keys())
                .load()
                .migrate();
    }

    private static final ResourceProvider NO_SQL_MIGRATIONS = new ResourceProvider() {
        @Override
        public LoadableResource getResource(String name) {
            return null;
        }

        @Override
        public java.util.Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return List.of();
        }
    };

    /** Keys by public id, each with the SHA-256 of the key, never the key. */
    static final class V1__Create_api_keys extends org.flywaydb.core.api.migration.BaseJavaMigration {
        @Override
        public void migrate(org.flywaydb.core.api.migration.Context context) throws Exception {
            try (var statement = context.getConnection().createStatement()) {
                statement.execute("""
                        create table api_keys (
                            id varchar(12) primary key,
                            key_sha256 bytea not null check (octet_length(key_sha256) = 32),
                            name varchar(100) not null,
                            roles varchar(100)[] not null,
                            created_at timestamptz not null default now(),
                            expires_at timestamptz,
                            revoked_at timestamptz,
                            last_used_at timestamptz
                        )""");
            }
        }
    }
}
