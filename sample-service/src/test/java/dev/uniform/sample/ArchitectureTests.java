package dev.uniform.sample;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * Keeps every feature layered (resource -> service -> repository -> entity, each calling only the one below) and
 * every change behind a role.
 */
@AnalyzeClasses(packages = "dev.uniform.sample", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule layersCallOnlyDownwards = layeredArchitecture()
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

    @ArchTest
    static final ArchRule everyChangeNamesItsRole = methods()
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
}
