package dev.nyx.model.profile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class ProfileArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nyx.model.profile", "dev.nyx.core.profile", "dev.nyx.core.config");

    @Test
    void should_depend_only_on_the_jdk_and_the_model_when_in_the_profile_model() {
        ArchRule rule = classes().that().resideInAPackage("dev.nyx.model.profile..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.nyx.model..");

        rule.check(CLASSES);
    }

    @Test
    void should_not_use_standard_streams_when_loading_profiles_or_configuration() {
        ArchRule rule = com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

        rule.check(CLASSES);
    }
}
