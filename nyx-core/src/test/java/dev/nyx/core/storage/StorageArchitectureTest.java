package dev.nyx.core.storage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Jdbi, HikariCP and Flyway stay behind the storage ports. */
class StorageArchitectureTest {

    private static final JavaClasses NYX = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nyx");

    @Test
    void should_use_jdbi_hikari_and_flyway_only_in_storage_when_core_is_built() {
        noClasses().that().resideOutsideOfPackage("dev.nyx.core.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "com.zaxxer.hikari..", "org.flywaydb..")
                .because("the database is reached only through the dev.nyx.core.storage ports")
                .check(NYX);
    }

    @Test
    void should_keep_storage_ports_free_of_the_database_libraries_when_core_is_built() {
        noClasses().that().resideInAPackage("dev.nyx.core.storage")
                .and().doNotHaveSimpleName("Storage").and().doNotHaveSimpleName("StorageModule")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.nyx.core.storage", "dev.nyx.spi..",
                        "dev.nyx.model..", "java..")
                .because("a host replaces a storage port through Guice without the database libraries")
                .check(NYX);
    }
}
