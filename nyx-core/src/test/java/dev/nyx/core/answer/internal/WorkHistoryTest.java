package dev.nyx.core.answer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.profile.Basics;
import dev.nyx.model.profile.Eeo;
import dev.nyx.model.profile.Location;
import dev.nyx.model.profile.NyxSection;
import dev.nyx.model.profile.PartialDate;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.RemotePreference;
import dev.nyx.model.profile.Skill;
import dev.nyx.model.profile.Work;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkHistoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Work job(String summary, String start, String end) {
        return new Work("Company", Optional.of("Engineer"), Optional.empty(), PartialDate.parse(start),
                Optional.ofNullable(end).flatMap(PartialDate::parse), Optional.of(summary), List.of());
    }

    private static Profile profile(List<Work> work, List<Skill> skills) {
        Basics basics = new Basics(Optional.of("Jane Doe"), Optional.empty(), "jane@example.com", Optional.empty(),
                Optional.empty(), Optional.empty(), Location.unknown(), List.of());
        NyxSection nyx = new NyxSection(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), RemotePreference.ANY, Eeo.declineAll(),
                List.of(), List.of(), Optional.empty(), Map.of(), List.of());
        return new Profile(basics, work, List.of(), skills, List.of(), nyx);
    }

    @Test
    void should_count_overlapping_jobs_once_when_summing_years() {
        // given: 2015-2020 and 2018-2022 overlap; together 2015-01 to 2022-12 is 8 years
        Profile profile = profile(List.of(job("Java", "2015-01", "2020-12"), job("Java", "2018-01", "2022-12")),
                List.of());

        // when / then
        assertThat(WorkHistory.yearsWith(profile, "Java", TODAY)).contains(8);
        assertThat(WorkHistory.totalYears(profile, TODAY)).contains(8);
    }

    @Test
    void should_count_an_ongoing_job_until_today_and_round_down() {
        // given: since 2024-06 is 2 years and 5 months on 2026-11-25
        Profile profile = profile(List.of(job("Go services", "2024-06", null)), List.of());

        // when / then
        assertThat(WorkHistory.yearsWith(profile, "Go", TODAY)).contains(2);
    }

    @Test
    void should_not_count_javascript_as_java_when_matching_words() {
        Profile profile = profile(List.of(job("JavaScript front ends", "2020-01", "2021-12")), List.of());

        assertThat(WorkHistory.yearsWith(profile, "Java", TODAY)).contains(0);
    }

    @Test
    void should_count_jobs_mentioning_a_keyword_of_the_named_skill() {
        // given: the job names Spring Boot, a keyword of the Java skill
        Profile profile = profile(List.of(job("Spring Boot services", "2020-01", "2022-12")),
                List.of(new Skill("Java", Optional.empty(), List.of("Spring Boot"))));

        assertThat(WorkHistory.yearsWith(profile, "Java", TODAY)).contains(3);
    }

    @Test
    void should_give_no_figure_when_a_matching_job_has_no_start_date() {
        Profile profile = profile(List.of(new Work("Company", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Java"), List.of())), List.of());

        assertThat(WorkHistory.yearsWith(profile, "Java", TODAY)).isEmpty();
    }
}
