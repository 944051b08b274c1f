package dev.nyx.core.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.Budget;
import dev.nyx.model.Decision;
import dev.nyx.model.Effort;
import dev.nyx.model.Plan;
import dev.nyx.model.Resume;
import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.Experience;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Work;
import dev.nyx.spi.ApplyContext;
import dev.nyx.spi.CaptchaPass;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.SiteAccount;
import dev.nyx.spi.SiteAccounts;
import dev.nyx.spi.WebClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultApplyContextTest {
    private static final Profile SAMPLE = new ProfileLoader().load(
            Path.of("..", "nyx-examples", "sample", "profile.yaml"));

    @Test
    void should_hand_the_profiles_work_and_education_entries_in_order_when_an_adapter_asks_for_the_experience() {
        // given
        ApplyContext context = context(Experience.of(SAMPLE));

        // when
        Experience experience = context.experience();

        // then
        assertThat(experience.work()).isNotEmpty().extracting(Work::name)
                .containsExactlyElementsOf(SAMPLE.work().stream().map(Work::name).toList());
        assertThat(experience.education()).isNotEmpty().extracting(Education::institution)
                .containsExactlyElementsOf(SAMPLE.education().stream().map(Education::institution).toList());
        assertThat(experience.toString()).doesNotContain(SAMPLE.work().get(0).name());
    }

    @Test
    void should_say_the_host_is_too_old_when_an_older_context_is_asked_for_the_experience() {
        // given: a context written before experience() existed keeps the default
        ApplyContext older = new ApplyContext() {
            @Override public Plan plan() { return null; }
            @Override public Resume resume() { return null; }
            @Override public boolean dryRun() { return true; }
            @Override public CaptchaPass passCaptchas() { return CaptchaPass.clearedPass(); }
            @Override public Page page() { return null; }
            @Override public Duration stepTimeout() { return Duration.ofSeconds(1); }
            @Override public Path evidenceDirectory() { return Path.of("."); }
            @Override public Clock clock() { return Clock.systemUTC(); }
            @Override public void note(String message) { }
            @Override public WebClient web() { return null; }
        };

        // when / then
        assertThatThrownBy(older::experience).isInstanceOfSatisfying(NyxException.class, error ->
                assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .hasMessageContaining("ApplyContext.experience()");
    }

    private static ApplyContext context(Experience experience) {
        PageContext page = new PageContext() {
            @Override public Page page() { throw new UnsupportedOperationException("no page in this test"); }
            @Override public Duration stepTimeout() { return Duration.ofSeconds(1); }
            @Override public Path evidenceDirectory() { return Path.of("."); }
            @Override public Clock clock() { return Clock.systemUTC(); }
            @Override public void note(String message) { }
            @Override public WebClient web() { throw new UnsupportedOperationException("no web in this test"); }
        };
        SiteAccounts accounts = new SiteAccounts() {
            @Override public Optional<SiteAccount> find(String host) { return Optional.empty(); }
            @Override public SiteAccount create(String host) { throw new UnsupportedOperationException(host); }
            @Override public void update(SiteAccount account) { }
        };
        return new DefaultApplyContext(page, new Plan(Decision.APPLY, Effort.MEDIUM, Budget.none(), "test"),
                new Resume("en", Path.of("resume.pdf"), Optional.empty(), true), true, CaptchaPass::clearedPass,
                accounts, questions -> new AnswerSet(List.of()), query -> Optional.empty(), experience);
    }
}
