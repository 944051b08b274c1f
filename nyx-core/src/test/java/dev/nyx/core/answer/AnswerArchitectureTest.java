package dev.nyx.core.answer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

class AnswerArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.nyx.core.answer");

    @Test
    void should_depend_only_on_the_model_spi_profile_llm_and_small_libraries_when_answering() {
        ArchRule rule = classes().that().resideInAPackage("dev.nyx.core.answer..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.nyx.model..", "dev.nyx.spi",
                        "dev.nyx.core.storage", "dev.nyx.core.profile", "dev.nyx.core.answer..", "dev.nyx.core.llm",
                        "dev.nyx.core.salary", "dev.nyx.core.country",
                        "com.github.pemistahl.lingua.api..", "jakarta.inject..", "org.slf4j..");

        rule.check(CLASSES);
    }

    @Test
    void should_not_depend_on_matching_planning_or_the_pipeline_when_answering() {
        // the salary oracle lives in dev.nyx.core.salary so the rules can use it without matching;
        // meaning-based matching comes in through the QuestionSimilarity port, bound by the plan module
        ArchRule rule = noClasses().that().resideInAPackage("dev.nyx.core.answer..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.nyx.core.match..", "dev.nyx.core.plan..",
                        "dev.nyx.core.pipeline..", "dev.nyx.core.storage.internal..", "dev.langchain4j.model.embedding..");

        rule.check(CLASSES);
    }

    @Test
    void should_keep_the_rules_out_of_the_api_when_packaged() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.nyx.core.answer.internal..")
                .should().dependOnClassesThat().haveSimpleName("AnswerEngine");

        rule.check(CLASSES);
    }

    @Test
    void should_not_use_standard_streams_or_generic_exceptions_when_answering() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(CLASSES);
    }
}
