#parse( "/archetype-resources/names.vm" )
package ${package};

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps every feature layered: resource -> service -> repository -> entity, each calling only the one below. */
@AnalyzeClasses(packages = "${package}", importOptions = ImportOption.DoNotIncludeTests.class)
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
}
