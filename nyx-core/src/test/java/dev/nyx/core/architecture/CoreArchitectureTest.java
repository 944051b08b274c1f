package dev.nyx.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.nyx.core.answer.internal.Text;
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
    void should_have_no_cycles_between_core_areas_and_the_root_package_when_checked() {
        // the root package (Nyx, NyxModules) is a slice of its own: it sits on top of the areas, and an
        // area that needed anything from it (as Problem/ValidationException once were) would close a cycle
        slices().assignedFrom(ArchitectureRules.CORE_AREAS).should().beFreeOfCycles().check(core);
    }

    @Test
    void should_keep_each_internal_package_to_its_own_area_when_checked() {
        // dev.nyx.core.answer.internal.. is answer's own: qa, interview, the root or any other area that
        // needs something from it gets it moved to a shared package (e.g. dev.nyx.core.llm)
        classes().that().resideInAPackage("dev.nyx..")
                .should(ArchitectureRules.USE_ONLY_THEIR_OWN_INTERNALS)
                .check(core);
    }

    @Test
    void should_report_a_class_of_another_area_when_it_uses_an_internal_package() {
        // given: a class outside dev.nyx.core.answer that calls answer's internal Text
        JavaClasses reaching = new ClassFileImporter().importClasses(ReachesIntoAnswerInternals.class);

        // when / then
        assertThat(classes().should(ArchitectureRules.USE_ONLY_THEIR_OWN_INTERNALS).evaluate(reaching)
                .getFailureReport().getDetails())
                .singleElement().asString().contains("dev.nyx.core.answer.internal belongs to dev.nyx.core.answer");
    }

    /** Reaches into another area's internal package, for the rule above to catch. */
    static final class ReachesIntoAnswerInternals {
        String normalised(String text) {
            return Text.normalise(text);
        }
    }

    @Test
    void should_keep_the_problem_package_a_leaf_when_checked() {
        classes().that().resideInAPackage("dev.nyx.core.problem..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.nyx.core.problem..", "dev.nyx.spi",
                        "java..")
                .check(core);
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

        /**
         * One slice per area of {@code dev.nyx.core} ({@code answer}, {@code plan}, ... with their
         * {@code internal} packages) and one for the root package itself.
         */
        static final SliceAssignment CORE_AREAS = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                if (name.equals("dev.nyx.core")) {
                    return SliceIdentifier.of("dev.nyx.core (root)");
                }
                if (name.startsWith("dev.nyx.core.")) {
                    return SliceIdentifier.of("dev.nyx.core." + name.substring("dev.nyx.core.".length()).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the root package dev.nyx.core and each area dev.nyx.core.<area>..";
            }
        };

        /**
         * A class may use {@code a.b.internal..} only when it lives in {@code a.b..}: an area's
         * {@code internal} package is its own.
         */
        static final ArchCondition<JavaClass> USE_ONLY_THEIR_OWN_INTERNALS = new ArchCondition<>(
                "use only their own area's internal packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = internalSegment(target);
                    if (internal < 0) {
                        continue;
                    }
                    String owner = target.substring(0, internal);
                    String from = origin.getPackageName();
                    if (!from.equals(owner) && !from.startsWith(owner + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": " + target + " belongs to " + owner));
                    }
                }
            }
        };

        private ArchitectureRules() {
        }

        /** Where {@code .internal} starts in a package name of ours, or -1. */
        private static int internalSegment(String packageName) {
            if (!packageName.startsWith("dev.nyx.")) {
                return -1;
            }
            int index = packageName.indexOf(".internal");
            boolean segment = index >= 0 && (packageName.length() == index + ".internal".length()
                    || packageName.charAt(index + ".internal".length()) == '.');
            return segment ? index : -1;
        }
    }
}
