package dev.uniform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.nio.file.Path;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The rules every uniform service keeps, for its ArchUnit tests to hold it to, so that a new rule reaches every service
 * with the kit's version: every feature layered (resource, service, repository, entity, each calling only the one
 * below), every change behind a role, the code on uniform-runtime's public API, no delete through the one path of
 * Hibernate Reactive that concurrent requests break, and the entities as the service's manifest of resources records
 * them.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.orders", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTests {
 *     @ArchTest
 *     static final ArchTests uniformRules = ArchTests.in(ServiceArchitecture.class);
 * }
 * }</pre>
 */
public final class ServiceArchitecture {

    /** Each layer calls only the one below: resources the services, services the repositories and mappers. */
    @ArchTest
    public static final ArchRule layersCallOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Resource")
            .definedBy("..rest..")
            .layer("Service")
            .definedBy("..service..")
            .layer("Mapping")
            .definedBy("..mapping..")
            .layer("Repository")
            .definedBy("..repository..")
            .layer("Entity")
            .definedBy("..entity..")
            .whereLayer("Resource")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Service")
            .mayOnlyBeAccessedByLayers("Resource")
            .whereLayer("Mapping")
            .mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Repository")
            .mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Entity")
            .mayOnlyBeAccessedByLayers("Service", "Mapping", "Repository");

    /** Nothing depends on uniform-runtime's wiring, which any release may change. */
    @ArchTest
    public static final ArchRule usesOnlyTheKitsPublicApi = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.uniform.internal..")
            .because("uniform-runtime's wiring may change in any release; its public packages keep their promises");

    /** A change without a role would be open to any caller. */
    @ArchTest
    public static final ArchRule everyChangeNamesItsRole = methods()
            .that()
            .areAnnotatedWith(POST.class)
            .or()
            .areAnnotatedWith(PUT.class)
            .or()
            .areAnnotatedWith(PATCH.class)
            .or()
            .areAnnotatedWith(DELETE.class)
            .should()
            .beAnnotatedWith(RolesAllowed.class)
            .because("a change without a role would be open to any caller, with or without a token");

    /**
     * Hibernate Reactive's delete coordinator keeps the delete in flight in a field shared by every session
     * (hibernate-reactive#1713, open): two deletes of the same entity type at once, even of different rows, leave a
     * request unanswered or fail with HR000069. A query that deletes by id and version, as ResourceStore does, does
     * not use it.
     */
    @ArchTest
    public static final ArchRule noDeleteThroughTheSharedCoordinator = noClasses()
            .should()
            .accessTargetWhere(DescribedPredicate.describe(
                    "a delete through Hibernate Reactive's delete coordinator", ServiceArchitecture::deletesAnEntity))
            .because("concurrent deletes through it hang or fail (hibernate-reactive#1713); delete with a query such as"
                    + " delete(\"id = ?1 and version = ?2\", id, version), as ResourceStore.delete does");

    /**
     * The entities, and the request records that create and replace them, agree with {@code .uniform/resources.json},
     * which the kit's tools read instead of the sources: a field added to an entity by hand is added to the manifest
     * too, and each field's type, length and constraints are what the manifest says. Read from the directory the tests
     * run in, the service's root under Maven; a service without a manifest has nothing to agree with.
     */
    @ArchTest
    public static final ArchRule entitiesAgreeWithTheManifest = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should(ManifestAgreement.withManifestIn(Path.of("")))
            .allowEmptyShould(true);

    private ServiceArchitecture() {}

    /**
     * A call or method reference that deletes a loaded entity or one by id, as opposed to a delete query
     * ({@code delete(String, Object...)}).
     */
    private static boolean deletesAnEntity(JavaAccess<?> access) {
        if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
            return false;
        }
        JavaClass owner = target.getOwner();
        String name = target.getName();
        int parameters = target.getRawParameterTypes().size();
        return owner.isAssignableTo(PanacheRepositoryBase.class)
                        && (name.equals("deleteById") || name.equals("delete") && parameters == 1)
                || owner.isAssignableTo(PanacheEntityBase.class)
                        && (name.equals("deleteById") || name.equals("delete") && parameters == 0)
                || owner.isAssignableTo(Mutiny.Session.class) && name.equals("remove")
                || owner.isAssignableTo(Mutiny.StatelessSession.class) && name.equals("delete");
    }
}
