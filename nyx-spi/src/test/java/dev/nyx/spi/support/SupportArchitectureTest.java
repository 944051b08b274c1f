package dev.nyx.spi.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

class SupportArchitectureTest {

    private final JavaClasses support = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nyx.spi.support");

    @Test
    void should_depend_only_on_what_plugins_may_use_when_compiled() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.nyx.spi..", "dev.nyx.model..",
                        "com.microsoft.playwright..", "org.slf4j..", "java..")
                .check(support);
    }

    @Test
    void should_use_no_core_internals_standard_streams_or_generic_exceptions_when_compiled() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.nyx.core..").check(support);
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(support);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(support);
    }
}
