package dev.nyx.core.match;

import static dev.nyx.core.match.MatchFixtures.posting;
import static dev.nyx.core.match.MatchFixtures.salary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.model.CompanyTier;
import dev.nyx.model.JobPosting;
import dev.nyx.model.SalaryPeriod;
import dev.nyx.model.profile.Profile;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hard constraints veto a posting (score 0) with a reason naming the constraint. */
class HardConstraintsTest {
    private static final String JAVA_JOB = "Build Java and Spring Boot services on PostgreSQL and Kafka.";

    @TempDir
    Path temp;

    private final InMemoryCompanyStore companies = new InMemoryCompanyStore();
    private final EmbeddingMatchScorer scorer = new EmbeddingMatchScorer(
            new TextEmbedder(new InMemoryEmbeddingCache(), "fixed", FixedEmbeddingModel::new), companies,
            MatchFixtures.CLOCK);

    @Test
    void should_not_veto_when_a_fitting_posting_is_in_the_candidates_city() {
        // given
        Profile profile = MatchFixtures.profile(temp);

        // when
        MatchResult result = scorer.analyse(posting("ok", "Senior Java Engineer", "Acme", "Berlin, Germany (hybrid)",
                JAVA_JOB, salary(80000, 110000, "EUR", SalaryPeriod.YEAR)), profile);

        // then
        assertThat(result.vetoes()).isEmpty();
        assertThat(result.score()).isEqualTo(result.fitScore()).isGreaterThan(90);
    }

    @Test
    void should_veto_location_when_the_role_is_on_site_and_the_candidate_wants_remote_only() {
        // given
        Profile profile = MatchFixtures.profile(temp, "remote: hybrid", "remote: remote");

        // when
        MatchResult result = scorer.analyse(posting("p", "Java Engineer", "Acme", "Berlin, Germany (on-site)", JAVA_JOB),
                profile);

        // then
        assertVeto(result, Constraint.LOCATION, "Location:", "on-site", "nyx.remote");
    }

    @Test
    void should_accept_a_remote_role_when_the_candidate_wants_remote_only() {
        // given
        Profile profile = MatchFixtures.profile(temp, "remote: hybrid", "remote: remote");

        // when
        MatchResult result = scorer.analyse(posting("p", "Java Engineer", "Acme", "Remote (Germany)", JAVA_JOB), profile);

        // then
        assertThat(result.vetoes()).isEmpty();
    }

    @Test
    void should_veto_location_when_the_role_is_elsewhere_and_the_candidate_will_not_relocate() {
        // given
        Profile profile = MatchFixtures.profile(temp, "willingToRelocate: true", "willingToRelocate: false");

        // when
        MatchResult result = scorer.analyse(posting("p", "Java Engineer", "Acme", "Munich, Germany", JAVA_JOB), profile);

        // then
        assertVeto(result, Constraint.LOCATION, "Location:", "Munich", "nyx.willingToRelocate");
    }

    @Test
    void should_only_note_the_move_when_the_candidate_would_relocate() {
        // given
        Profile profile = MatchFixtures.profile(temp);

        // when
        MatchResult result = scorer.analyse(posting("p", "Java Engineer", "Acme", "Munich, Germany", JAVA_JOB), profile);

        // then
        assertThat(result.vetoes()).isEmpty();
        assertThat(result.reasons()).contains("Location: the role is in Munich, Germany; you would relocate.");
    }

    @Test
    void should_veto_work_authorisation_when_not_authorised_in_the_country_and_sponsorship_is_needed() {
        // given: authorised in DE and SE, not in the US, needs sponsorship
        Profile profile = MatchFixtures.profile(temp);

        // when
        MatchResult result = scorer.analyse(posting("p", "Java Engineer", "Acme", "New York, NY (hybrid)", JAVA_JOB),
                profile);

        // then
        assertVeto(result, Constraint.WORK_AUTHORIZATION, "Work authorisation:", "United States", "sponsorship");
    }

    @Test
    void should_veto_work_authorisation_when_the_posting_offers_no_sponsorship() {
        // given: not authorised in the US, no sponsorship needed by the profile
        Profile profile = MatchFixtures.profile(temp, "requiresSponsorship: true", "requiresSponsorship: false");

        // when
        MatchResult result = scorer.analyse(posting("p", "Java Engineer", "Acme", "Remote (US)",
                JAVA_JOB + " We are unable to sponsor visas."), profile);

        // then
        assertVeto(result, Constraint.WORK_AUTHORIZATION, "Work authorisation:", "United States", "no sponsorship");
    }

    @Test
    void should_veto_salary_when_the_posted_maximum_converted_to_a_year_is_below_the_floor() {
        // given: floor EUR 85,000 a year; 6,500 a month is 78,000 a year
        Profile profile = MatchFixtures.profile(temp);

        // when
        MatchResult result = scorer.analyse(posting("p", "Java Engineer", "Acme", "Berlin", JAVA_JOB,
                salary(5000, 6500, "EUR", SalaryPeriod.MONTH)), profile);

        // then
        assertVeto(result, Constraint.SALARY, "Salary:", "EUR 78000", "EUR 85000", "nyx.salary");
    }

    @Test
    void should_not_veto_salary_but_say_so_when_the_currency_differs() {
        // given
        Profile profile = MatchFixtures.profile(temp);

        // when
        MatchResult result = scorer.analyse(posting("p", "Java Engineer", "Acme", "Berlin", JAVA_JOB,
                salary(30000, 40000, "GBP", SalaryPeriod.YEAR)), profile);

        // then
        assertThat(result.vetoes()).isEmpty();
        assertThat(result.reasons()).anyMatch(reason -> reason.startsWith("Salary:") && reason.contains("GBP")
                && reason.contains("not compared"));
    }

    @Test
    void should_veto_seniority_when_the_title_is_junior_for_a_senior_candidate() {
        // given
        Profile profile = MatchFixtures.profile(temp);

        // when
        MatchResult junior = scorer.analyse(posting("j", "Junior Java Developer", "Acme", "Berlin", JAVA_JOB), profile);
        MatchResult intern = scorer.analyse(posting("i", "Software Engineering Intern", "Acme", "Berlin", JAVA_JOB),
                profile);

        // then
        assertVeto(junior, Constraint.SENIORITY, "Seniority:", "Junior", "below", "Senior");
        assertVeto(intern, Constraint.SENIORITY, "Seniority:", "Intern");
    }

    @Test
    void should_veto_seniority_when_the_title_is_far_above_the_candidate() {
        // given
        Profile profile = MatchFixtures.profile(temp);

        // when
        MatchResult director = scorer.analyse(posting("d", "Director of Engineering", "Acme", "Berlin", JAVA_JOB),
                profile);
        MatchResult lead = scorer.analyse(posting("l", "Lead Java Engineer", "Acme", "Berlin", JAVA_JOB), profile);

        // then: one level up is fine, with a note
        assertVeto(director, Constraint.SENIORITY, "Seniority:", "Director", "above");
        assertThat(lead.vetoes()).isEmpty();
        assertThat(lead.reasons()).anyMatch(reason -> reason.startsWith("Seniority:") && reason.contains("Staff"));
    }

    @Test
    void should_veto_the_company_when_its_tier_is_avoid_or_it_is_excluded() {
        // given
        Profile profile = MatchFixtures.profile(temp);
        companies.setTier("Evil Corp", CompanyTier.AVOID);

        // when
        MatchResult avoided = scorer.analyse(posting("e", "Java Engineer", "evil corp", "Berlin", JAVA_JOB), profile);
        MatchResult excluded = scorer.analyse(posting("x", "Java Engineer", "Former Employer GmbH", "Berlin", JAVA_JOB),
                profile, Set.of("former employer gmbh"));

        // then
        assertVeto(avoided, Constraint.EXCLUDED_COMPANY, "Excluded company:", "tier avoid");
        assertVeto(excluded, Constraint.EXCLUDED_COMPANY, "Excluded company:", "Former Employer GmbH", "list");
    }

    @Test
    void should_list_every_veto_when_a_posting_breaks_several_constraints() {
        // given
        Profile profile = MatchFixtures.profile(temp);

        // when
        JobPosting bad = posting("b", "Junior Java Developer", "Acme", "San Francisco, CA (on-site)", JAVA_JOB,
                salary(20, 30, "USD", SalaryPeriod.HOUR));
        MatchResult result = scorer.analyse(bad, profile);

        // then
        assertThat(result.vetoes()).extracting(Veto::constraint)
                .containsExactly(Constraint.WORK_AUTHORIZATION, Constraint.SENIORITY);
        assertThat(result.reasons()).anyMatch(reason -> reason.startsWith("Salary:") && reason.contains("USD"));
    }

    private static void assertVeto(MatchResult result, Constraint constraint, String... phrases) {
        assertThat(result.score()).as("vetoed score").isZero();
        assertThat(result.fitScore()).as("fit before the veto").isPositive();
        assertThat(result.vetoes()).extracting(Veto::constraint).contains(constraint);
        Veto veto = result.vetoes().stream().filter(v -> v.constraint() == constraint).findFirst().orElseThrow();
        assertThat(veto.reason()).contains(phrases);
        assertThat(result.reasons().get(0)).isEqualTo(result.vetoes().get(0).reason());
    }
}
