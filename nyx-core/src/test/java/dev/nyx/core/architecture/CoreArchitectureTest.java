package dev.nyx.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.nyx.spi.NyxException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pf4j.ExtensionPoint;

/** The layering of {@code nyx-core}, checked on its production classes. */
class CoreArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.nyx");
    }

    @Test
    void should_keep_the_model_free_of_dependencies_when_checked() {
        classes().that().resideInAPackage("dev.nyx.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.nyx.model..", "java..")
                .check(core);
    }

    @Test
    void should_keep_the_spi_on_model_jdk_pf4j_extension_point_and_playwright_when_checked() {
        classes().that().resideInAPackage("dev.nyx.spi..")
                // the adapter helpers may also log through SLF4J: SupportArchitectureTest checks them
                .and().resideOutsideOfPackage("dev.nyx.spi.support..")
                .should().onlyDependOnClassesThat(
                        JavaClass.Predicates.resideInAnyPackage("dev.nyx.model..", "dev.nyx.spi..", "java..",
                                        "com.microsoft.playwright..")
                                .or(JavaClass.Predicates.equivalentTo(ExtensionPoint.class)))
                .check(core);
    }

    @Test
    void should_use_jdbi_hikari_and_flyway_only_in_storage_when_checked() {
        noClasses().that().resideOutsideOfPackage("dev.nyx.core.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "com.zaxxer.hikari..",
                        "org.flywaydb..")
                .allowEmptyShould(true)
                .check(core);
    }

    @Test
    void should_use_pf4j_loading_only_in_the_plugin_package_when_checked() {
        noClasses().that().resideOutsideOfPackage("dev.nyx.core.plugin..")
                .should().dependOnClassesThat(ArchitectureRules.PF4J_LOADING)
                .check(core);
    }

    @Test
    void should_use_pf4j_only_in_the_plugin_package_and_the_spi_when_checked() {
        noClasses().that().resideInAPackage("dev.nyx.core..")
                .and().resideOutsideOfPackage("dev.nyx.core.plugin..")
                .should().dependOnClassesThat().resideInAPackage("org.pf4j..")
                .check(core);
    }

    @Test
    void should_use_langchain4j_only_where_models_are_configured_and_called_when_checked() {
        noClasses().that().resideOutsideOfPackages("dev.nyx.core.llm..", "dev.nyx.core.answer..",
                        "dev.nyx.core.match..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(core);
    }

    @Test
    void should_keep_salary_figures_on_the_model_and_spi_when_checked() {
        // shared by the answer rules and matching, so it may depend on neither
        classes().that().resideInAPackage("dev.nyx.core.salary..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.nyx.core.salary..", "dev.nyx.model..",
                        "dev.nyx.spi", "java..")
                .check(core);
    }

    @Test
    void should_keep_posting_countries_on_the_jdk_when_checked() {
        // shared by the answer rules, QA and matching, so it may depend on none of them
        classes().that().resideInAPackage("dev.nyx.core.country..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.nyx.core.country..", "java..")
                .check(core);
    }

    @Test
    void should_have_no_cycles_between_top_level_packages_when_checked() {
        slices().matching("dev.nyx.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void should_have_no_cycles_between_core_areas_when_checked() {
        // dev.nyx.core itself (the entry point and shared exception types) is the façade over the
        // areas and is not a slice; the areas (config, plugin, notify, storage, ...) must not cycle
        slices().matching("dev.nyx.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void should_follow_the_general_coding_rules_when_checked() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(core);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(core);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(core);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(core);
    }

    @Test
    void should_extend_nyx_exception_when_a_class_is_a_runtime_exception() {
        classes().that().areAssignableTo(RuntimeException.class)
                .should().beAssignableTo(NyxException.class)
                .because("Nyx has one exception hierarchy (STYLE.md)")
                .check(core);
    }

    /** Predicates shared by the rules above. */
    static final class ArchitectureRules {
        /** PF4J's loading machinery, as opposed to what plugins use (Plugin, Extension, ExtensionPoint). */
        static final com.tngtech.archunit.base.DescribedPredicate<JavaClass> PF4J_LOADING = describe(
                "PF4J loading classes (plugin managers, loaders, repositories, wrappers)",
                type -> type.getPackageName().equals("org.pf4j")
                        && type.getSimpleName().matches(
                        ".*(PluginManager|PluginLoader|PluginRepository|DescriptorFinder|ExtensionFinder"
                                + "|PluginClassLoader|PluginWrapper|PluginFactory|ExtensionFactory)"));

        private ArchitectureRules() {
        }
    }
}
