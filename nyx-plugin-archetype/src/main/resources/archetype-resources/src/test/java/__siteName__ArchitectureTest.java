package ${package};

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin uses of Nyx only the model and the SPI (dev.nyx.core and the testkit belong to the host and tests). */
class ${siteName}ArchitectureTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("${package}");

    @Test
    void should_use_only_the_model_and_the_spi_of_nyx_when_compiled() {
        noClasses().should().dependOnClassesThat(resideInAPackage("dev.nyx..")
                        .and(not(resideInAnyPackage("dev.nyx.model..", "dev.nyx.spi.."))))
                .check(PLUGIN);
    }
}
