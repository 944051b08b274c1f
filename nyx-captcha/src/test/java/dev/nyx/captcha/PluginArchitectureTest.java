package dev.nyx.captcha;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The plugin uses only the model, the SPI, Jackson, PF4J, SLF4J, jakarta.inject and the JDK. */
class PluginArchitectureTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nyx.captcha");

    @Test
    void should_depend_only_on_allowed_packages_when_compiled() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.nyx.captcha..", "dev.nyx.model..",
                "dev.nyx.spi..", "com.fasterxml.jackson..", "org.pf4j..", "org.slf4j..", "jakarta.inject..", "java..")
                .check(PLUGIN);
    }

    @Test
    void should_use_only_the_model_and_the_spi_of_nyx_when_compiled() {
        noClasses().should().dependOnClassesThat(resideInAPackage("dev.nyx..")
                        .and(not(resideInAnyPackage("dev.nyx.captcha..", "dev.nyx.model..", "dev.nyx.spi.."))))
                .because("a plugin compiles against nyx-spi only: no dev.nyx.core, no dev.nyx.testkit in main code")
                .check(PLUGIN);
    }

    @Test
    void should_follow_the_general_coding_rules_when_compiled() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(PLUGIN);
        noClasses().should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS).check(PLUGIN);
        noClasses().should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING).check(PLUGIN);
    }
}
