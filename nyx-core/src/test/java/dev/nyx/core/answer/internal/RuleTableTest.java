package dev.nyx.core.answer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleTableTest {

    @Test
    void should_recognise_at_least_forty_question_concepts_when_built() {
        // when
        long concepts = RuleTable.standard().concepts().stream().distinct().count();

        // then
        assertThat(concepts).isGreaterThanOrEqualTo(40);
    }
}
