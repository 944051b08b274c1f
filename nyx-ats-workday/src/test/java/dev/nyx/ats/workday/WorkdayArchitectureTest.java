package dev.nyx.ats.workday;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin uses only the model, the SPI (with its helpers), Playwright, Jackson, and what PF4J plugins need. */
class WorkdayArchitectureTest {
    private final JavaClasses plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nyx.ats.workday");

    @Test
    void should_depend_only_on_the_spi_model_playwright_and_jackson_when_compiled() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.nyx.ats.workday..", "dev.nyx.model..",
                        "dev.nyx.spi..", "com.microsoft.playwright..", "com.fasterxml.jackson..", "java..",
                        "org.pf4j", "jakarta.inject", "org.slf4j")
                .check(plugin);
    }

    @Test
    void should_use_only_the_model_and_the_spi_of_nyx_when_compiled() {
        noClasses().should().dependOnClassesThat(resideInAPackage("dev.nyx..")
                        .and(not(resideInAnyPackage("dev.nyx.ats.workday..", "dev.nyx.model..", "dev.nyx.spi.."))))
                .because("a plugin compiles against nyx-spi only: no dev.nyx.core, no dev.nyx.testkit, no other plugin")
                .check(plugin);
    }

    @Test
    void should_follow_the_general_coding_rules_when_compiled() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(plugin);
        NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(plugin);
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(plugin);
    }
}
