package dev.nyx.examples.eventlog;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin uses of Nyx only the model and the SPI, besides Jackson, PF4J, jakarta.inject, SLF4J and the JDK. */
class EventLogArchitectureTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nyx.examples.eventlog");

    @Test
    void should_use_only_the_model_and_the_spi_of_nyx_when_compiled() {
        noClasses().should().dependOnClassesThat(resideInAPackage("dev.nyx..")
                        .and(not(resideInAnyPackage("dev.nyx.examples.eventlog..", "dev.nyx.model..", "dev.nyx.spi.."))))
                .because("a plugin compiles against nyx-spi only: no dev.nyx.core, no dev.nyx.testkit in main code")
                .check(PLUGIN);
    }

    @Test
    void should_depend_only_on_allowed_packages_when_compiled() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.nyx.examples.eventlog..",
                "dev.nyx.model..", "dev.nyx.spi..", "com.fasterxml.jackson..", "org.pf4j..", "org.slf4j..",
                "jakarta.inject..", "java..")
                .check(PLUGIN);
    }
}
