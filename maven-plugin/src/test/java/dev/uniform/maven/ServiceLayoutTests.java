package dev.uniform.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uniform.model.ManifestResource;
import dev.uniform.model.ResourceManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's layout read from its sources, as generated and as a team may have changed it. */
class ServiceLayoutTests {

    @TempDir
    Path service;

    @Test
    void shouldFindTheResourcesTheirTablesPathsAndTheNextMigration() throws IOException {
        write(
                "src/test/java/com/acme/shop/ApiInventoryTests.java",
                "package com.acme.shop;\n\nclass ApiInventoryTests {}\n");
        write("src/main/java/com/acme/shop/customer/entity/Customer.java", """
                package com.acme.shop.customer.entity;

                @Entity
                @Table(name = "clients")
                public class Customer {}
                """);
        write("src/main/java/com/acme/shop/customer/rest/CustomerResource.java", """
                package com.acme.shop.customer.rest;

                @Path("/clients")
                public class CustomerResource {
                    @GET
                    @Path("/{id}")
                    public String get() { return ""; }
                }
                """);
        write("src/main/java/com/acme/shop/audit/AuditLog.java", """
                package com.acme.shop.audit;

                /** Ours, not an entity. */
                public class AuditLog {}
                """);
        write("src/main/resources/db/migration/V1__create_table.sql", "create table clients (id bigint);");
        write("src/main/resources/db/migration/V2__create_idempotency_keys.sql", "CREATE TABLE idempotency_keys ();");
        write("src/main/resources/db/migration/V10__create_audit.sql", "create table if not exists audit_log ();");

        ServiceLayout layout = ServiceLayout.read(service);

        assertThat(layout.basePackage()).contains("com.acme.shop");
        assertThat(layout.resources()).singleElement().satisfies(customer -> {
            assertThat(customer.name()).isEqualTo("Customer");
            assertThat(customer.table()).isEqualTo("clients");
            assertThat(customer.path()).isEqualTo("/clients");
            assertThat(customer.featurePackage()).isEqualTo("com.acme.shop.customer");
            assertThat(customer.reference()).isEqualTo("Customer:clients:/clients:com.acme.shop.customer");
        });
        assertThat(layout.lastMigrationVersion()).hasValue(10);
        assertThat(layout.migratedTables()).containsExactlyInAnyOrder("clients", "idempotency_keys", "audit_log");
    }

    @Test
    void shouldTakeTheResourcesTheManifestRecordsOverWhatTheSourcesSuggest() throws IOException {
        write("src/main/java/com/acme/shop/customer/entity/Customer.java", """
                package com.acme.shop.customer.entity;

                @Entity
                @Table(name = "clients")
                public class Customer {}
                """);
        new ResourceManifest(List.of(
                        new ManifestResource(
                                "Customer", "customers", "customers", "com.acme.shop.customer", List.of("name:String")),
                        new ManifestResource(
                                "Person", "people", "people", "com.acme.shop.staff", List.of("name:String"))))
                .write(service);

        ServiceLayout layout = ServiceLayout.read(service);

        assertThat(layout.resources())
                .extracting(ExistingResource::reference)
                .containsExactly(
                        "Customer:customers:/customers:com.acme.shop.customer",
                        "Person:people:/people:com.acme.shop.staff");
        assertThat(layout.resources().get(1).testDirectory())
                .isEqualTo(service.resolve("src/test/java/com/acme/shop/staff"));
        assertThat(layout.manifest()).isPresent();
    }

    @Test
    void shouldFindNothingInAProjectThatIsNoService() {
        ServiceLayout layout = ServiceLayout.read(service);

        assertThat(layout.basePackage()).isEmpty();
        assertThat(layout.resources()).isEmpty();
        assertThat(layout.lastMigrationVersion()).isEmpty();
    }

    private void write(String file, String content) throws IOException {
        Path path = service.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
