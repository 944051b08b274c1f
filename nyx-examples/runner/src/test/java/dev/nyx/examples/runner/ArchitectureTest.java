package dev.nyx.examples.runner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.nyx.captcha.fixture.ReachesIntoCore;
import dev.nyx.spi.NyxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules over the whole code base, plugins included: the production classes of every module of
 * this repository (each module's {@code target/classes}), so plugin modules are checked although
 * the runner does not depend on their classes.
 */
class ArchitectureTest {
    /** Packages that hold plugin code: the example plugin and the plugins to come. */
    static final String[] PLUGIN_PACKAGES = {"dev.nyx.examples.eventlog..", "dev.nyx.ats..", "dev.nyx.linkedin..",
        "dev.nyx.captcha.."};

    private static final DescribedPredicate<JavaClass> PF4J_LOADING = DescribedPredicate.describe(
            "PF4J loading classes (plugin managers, loaders, repositories, wrappers)",
            type -> type.getPackageName().equals("org.pf4j") && type.getSimpleName().matches(
                    ".*(PluginManager|PluginLoader|PluginRepository|DescriptorFinder|ExtensionFinder"
                            + "|PluginClassLoader|PluginWrapper|PluginFactory|ExtensionFactory)"));

    /** Plugins use only the model, the SPI, PF4J's plugin API, Playwright, jakarta.inject, small libraries and the JDK. */
    static final ArchRule PLUGINS_USE_ONLY_THE_PUBLIC_API = classes().that().resideInAnyPackage(PLUGIN_PACKAGES)
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(PLUGIN_PACKAGES)
                    .or(JavaClass.Predicates.resideInAnyPackage("dev.nyx.model..", "dev.nyx.spi..", "java..",
                            "com.microsoft.playwright..", "jakarta.inject..", "com.fasterxml.jackson..", "org.jsoup..",
                            "org.slf4j.."))
                    .or(JavaClass.Predicates.resideInAPackage("org.pf4j").and(DescribedPredicate.not(PF4J_LOADING))))
            .because("plugins see only dev.nyx.model, dev.nyx.spi and small libraries (ARCHITECTURE.md)");

    /** Plugins never reach into the core. */
    static final ArchRule PLUGINS_NEVER_USE_THE_CORE = noClasses().that().resideInAnyPackage(PLUGIN_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("dev.nyx.core..")
            .because("the core is not API: plugins use dev.nyx.spi");

    /** Each plugin stands alone. */
    static final ArchRule PLUGINS_ARE_INDEPENDENT = SlicesRuleDefinition.slices().assignedFrom(new PluginSlices())
            .should().notDependOnEachOther();

    private static JavaClasses everything;

    @BeforeAll
    static void importEveryModule() throws IOException {
        Path root = repositoryRoot();
        List<Path> classFolders;
        try (Stream<Path> paths = Files.find(root, 5, (path, attributes) -> attributes.isDirectory()
                && path.getFileName().toString().equals("classes")
                && path.getParent().getFileName().toString().equals("target"))) {
            classFolders = paths.toList();
        }
        everything = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(classFolders);
    }

    @Test
    void should_import_the_example_plugin_when_the_modules_are_built() {
        // the plugin rules below would pass vacuously without plugin classes
        assertThat(everything.contain("dev.nyx.examples.eventlog.JsonLinesNotifier")).isTrue();
        assertThat(everything.contain("dev.nyx.core.Nyx")).isTrue();
    }

    @Test
    void should_keep_plugins_on_the_public_api_when_checked() {
        PLUGINS_USE_ONLY_THE_PUBLIC_API.check(everything);
        PLUGINS_NEVER_USE_THE_CORE.check(everything);
        PLUGINS_ARE_INDEPENDENT.check(everything);
    }

    @Test
    void should_report_a_violation_when_a_plugin_class_uses_a_core_internal_class() {
        // given: a fixture in a plugin package that uses dev.nyx.core.plugin.internal
        JavaClasses fixture = new ClassFileImporter().importClasses(ReachesIntoCore.class);

        // when
        EvaluationResult publicApi = PLUGINS_USE_ONLY_THE_PUBLIC_API.evaluate(fixture);
        EvaluationResult core = PLUGINS_NEVER_USE_THE_CORE.evaluate(fixture);

        // then
        assertThat(publicApi.hasViolation()).isTrue();
        assertThat(core.hasViolation()).isTrue();
        assertThat(core.getFailureReport().toString())
                .contains(ReachesIntoCore.class.getName())
                .contains("dev.nyx.core.plugin.internal.DefaultExtensionContext");
    }

    @Test
    void should_keep_lever_code_in_the_lever_plugin_when_checked() {
        // the host knows no ATS by name: Lever lives in nyx-ats-lever (and its replicas in the testkit)
        assertThat(everything.contain("dev.nyx.ats.lever.LeverAdapter")).isTrue();
        noClasses().that().resideOutsideOfPackages("dev.nyx.ats.lever..", "dev.nyx.testkit.lever..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nyx.ats.lever..", "dev.nyx.testkit.lever..")
                .check(everything);
        noClasses().that().resideInAnyPackage("dev.nyx.core..", "dev.nyx.spi..", "dev.nyx.model..")
                .should().haveSimpleNameContaining("Lever")
                .because("Lever-specific code belongs to the plugin, not the host")
                .check(everything);
    }

    @Test
    void should_keep_workday_code_in_the_workday_plugin_when_checked() {
        // the host knows no ATS by name: Workday lives in nyx-ats-workday (and its replicas in the testkit)
        assertThat(everything.contain("dev.nyx.ats.workday.WorkdayAdapter")).isTrue();
        noClasses().that().resideOutsideOfPackages("dev.nyx.ats.workday..", "dev.nyx.testkit.workday..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nyx.ats.workday..", "dev.nyx.testkit.workday..")
                .check(everything);
        noClasses().that().resideInAnyPackage("dev.nyx.core..", "dev.nyx.spi..", "dev.nyx.model..")
                .should().haveSimpleNameContaining("Workday")
                .because("Workday-specific code belongs to the plugin, not the host")
                .check(everything);
    }

    @Test
    void should_use_pf4j_loading_only_in_the_core_plugin_package_when_checked() {
        // the testkit's packaging checks load a plugin archive the way a host does
        noClasses().that().resideOutsideOfPackages("dev.nyx.core.plugin..", "dev.nyx.testkit.plugin..")
                .should().dependOnClassesThat(PF4J_LOADING)
                .check(everything);
    }

    @Test
    void should_use_standard_streams_only_in_the_runner_when_checked() {
        noClasses().that().resideOutsideOfPackage("dev.nyx.examples.runner..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(everything);
    }

    @Test
    void should_follow_the_general_coding_rules_when_checked() {
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(everything);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(everything);
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(everything);
    }

    @Test
    void should_extend_nyx_exception_when_a_class_is_a_runtime_exception() {
        classes().that().areAssignableTo(RuntimeException.class).and().resideInAPackage("dev.nyx..")
                .should().beAssignableTo(NyxException.class)
                .check(everything);
    }

    private static Path repositoryRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        assertThat(folder).as("the repository root (the folder with mvnw)").isNotNull();
        return folder;
    }

    /** One slice per plugin: {@code dev.nyx.ats.<name>}, {@code dev.nyx.examples.eventlog}, ... */
    private static final class PluginSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.startsWith("dev.nyx.ats.")) {
                return SliceIdentifier.of("plugin " + name.split("\\.")[3]);
            }
            for (String plugin : List.of("dev.nyx.examples.eventlog", "dev.nyx.linkedin", "dev.nyx.captcha")) {
                if (name.equals(plugin) || name.startsWith(plugin + ".")) {
                    return SliceIdentifier.of("plugin " + plugin);
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "plugins";
        }
    }
}
