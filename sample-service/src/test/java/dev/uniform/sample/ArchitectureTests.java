package dev.uniform.sample;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.uniform.testing.ServiceArchitecture;

/**
 * The service keeps the rules of every uniform service (layers, roles, the kit's public API, safe deletes), as the
 * kit's version defines them.
 */
@AnalyzeClasses(packages = "dev.uniform.sample", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests uniformRules = ArchTests.in(ServiceArchitecture.class);
}
