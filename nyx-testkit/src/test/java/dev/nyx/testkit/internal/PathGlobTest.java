package dev.nyx.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathGlobTest {
    @Test
    void should_match_within_one_segment_when_the_glob_has_a_single_star() {
        assertThat(PathGlob.matches("/boards.greenhouse.io/acme/jobs/*", "/boards.greenhouse.io/acme/jobs/4012345"))
                .isTrue();
        assertThat(PathGlob.matches("/boards.greenhouse.io/acme/jobs/*", "/boards.greenhouse.io/acme/jobs/1/confirmation"))
                .isFalse();
        assertThat(PathGlob.matches("/boards.greenhouse.io/acme/jobs/*", "/boardsXgreenhouse.io/acme/jobs/1"))
                .isFalse();
    }

    @Test
    void should_match_across_segments_when_the_glob_has_a_double_star() {
        assertThat(PathGlob.matches("/job-boards.greenhouse.io/**", "/job-boards.greenhouse.io/acme/jobs/1/confirmation"))
                .isTrue();
        assertThat(PathGlob.matches("/job-boards.greenhouse.io/**", "/boards.greenhouse.io/acme")).isFalse();
    }
}
