#parse( "/archetype-resources/names.vm" )
package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/**
 * The schema is what the migrations make of it: Flyway applied every one at start, and Hibernate, which only
 * validates, found the entities matching (the service would not have started otherwise).
 */
@QuarkusTest
class SchemaTests {

    @Inject
    Flyway flyway;

    @Test
    void shouldHaveAppliedEveryMigrationAtStart() {
        MigrationInfo[] migrations = flyway.info().all();

        assertThat(migrations).isNotEmpty();
        assertThat(migrations)
                .extracting(MigrationInfo::getState)
                .as("state of each migration")
                .containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().current().getVersion()).isEqualTo(migrations[migrations.length - 1].getVersion());
    }
}
