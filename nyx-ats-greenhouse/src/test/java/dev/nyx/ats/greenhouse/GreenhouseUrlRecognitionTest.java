package dev.nyx.ats.greenhouse;

import dev.nyx.ats.greenhouse.internal.GreenhouseUrl;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.testkit.TestExtensionContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every URL form of ATS-NOTES 1.1, and what must not be claimed. */
class GreenhouseUrlRecognitionTest {
    private final GreenhouseAdapter adapter = new GreenhouseAdapter(
            TestExtensionContext.of("greenhouse", Map.of(), Path.of("target")));

    @ParameterizedTest
    @CsvSource({
            "https://boards.greenhouse.io/acme/jobs/4012345, acme, 4012345",
            "https://boards.greenhouse.io/acme/jobs/4012345/, acme, 4012345",
            "http://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc123, acme, 4012345",
            "https://job-boards.greenhouse.io/acme/jobs/4012345, acme, 4012345",
            "https://job-boards.eu.greenhouse.io/imc/jobs/4488123101, imc, 4488123101",
            "https://boards.eu.greenhouse.io/acme/jobs/4012345, acme, 4012345",
            "https://JOB-BOARDS.greenhouse.io/acme/jobs/4012345, acme, 4012345",
            "https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345, acme, 4012345",
            "https://boards.greenhouse.io/embed/job_app?token=4012345&for=acme&b=https%3A%2F%2Facme.com, acme, 4012345",
            "https://boards.greenhouse.io/acme?gh_jid=4012345, acme, 4012345"
    })
    void should_support_the_url_and_read_board_and_job_when_it_is_a_greenhouse_board_url(String url, String board, String job) {
        // when
        boolean supported = adapter.supports(URI.create(url));
        Optional<GreenhouseUrl> parsed = GreenhouseUrl.parse(URI.create(url));

        // then
        assertThat(supported).isTrue();
        assertThat(parsed).contains(new GreenhouseUrl(Optional.of(board), job));
        assertThat(parsed.get().keyPart()).isEqualTo(board + "/" + job);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.acme.com/careers?gh_jid=4012345",
            "https://acme.com/careers/open-roles/?utm_source=x&gh_jid=4012345#apply",
            "http://careers.acme.co.uk/job?gh_jid=4012345&gh_src=x1"})
    void should_support_the_url_without_a_board_when_a_company_page_carries_gh_jid(String url) {
        // when
        Optional<GreenhouseUrl> parsed = GreenhouseUrl.parse(URI.create(url));

        // then
        assertThat(adapter.supports(URI.create(url))).isTrue();
        assertThat(parsed).contains(new GreenhouseUrl(Optional.empty(), "4012345"));
        assertThat(parsed.get().keyPart()).isEqualTo("4012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://boards.greenhouse.io/acme/jobs/4012345", "file:///boards.greenhouse.io/acme/jobs/1",
            "javascript:alert('gh_jid=1')", "mailto:jobs@greenhouse.io?gh_jid=1",
            "https://example.com/acme/jobs/4012345", "https://boards.greenhouse.io.evil.example/acme/jobs/4012345",
            "https://evil-greenhouse.io/acme/jobs/4012345", "https://jobs.lever.co/acme/4012345",
            "https://boards.greenhouse.io/acme", "https://boards.greenhouse.io/acme/jobs/",
            "https://boards.greenhouse.io/acme/jobs/abc", "https://boards.greenhouse.io/embed/job_board?for=acme",
            "https://boards.greenhouse.io/embed/job_app?for=acme", "https://www.acme.com/careers?gh_jid=abc",
            "https://boards-api.greenhouse.io/v1/boards/acme/jobs", "https://www.acme.com/careers?gh_src=acme"})
    void should_refuse_the_url_when_it_names_no_greenhouse_posting(String url) {
        assertThat(adapter.supports(URI.create(url))).as(url).isFalse();
    }

    @Test
    void should_read_board_and_job_from_a_host_named_path_when_parsing_leniently() {
        // given: a page found through its fingerprint, e.g. the replica's host-named paths
        URI replica = URI.create("http://127.0.0.1:41234/boards.greenhouse.io/acme/jobs/4012345");

        // then
        assertThat(adapter.supports(replica)).isFalse();
        assertThat(GreenhouseUrl.parseLenient(replica)).contains(new GreenhouseUrl(Optional.of("acme"), "4012345"));
    }

    @Test
    void should_name_the_setting_when_the_api_base_url_is_not_http() {
        // given
        TestExtensionContext context = TestExtensionContext.of("greenhouse", Map.of(GreenhouseAdapter.API_BASE_URL_SETTING, "boards-api.greenhouse.io"), Path.of("target"));

        // when / then
        assertThatThrownBy(() -> new GreenhouseAdapter(context))
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(thrown.getMessage()).contains("plugins.settings.greenhouse.apiBaseUrl", "boards-api.greenhouse.io");
                });
    }

    @Test
    void should_name_the_setting_when_use_api_is_not_a_boolean() {
        // given
        TestExtensionContext context = TestExtensionContext.of("greenhouse", Map.of(GreenhouseAdapter.USE_API_SETTING, "sometimes"), Path.of("target"));

        // when / then
        assertThatThrownBy(() -> new GreenhouseAdapter(context))
                .isInstanceOfSatisfying(NyxException.class, thrown -> {
                    assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(thrown.getMessage()).contains("plugins.settings.greenhouse.useApi", "sometimes");
                });
    }

    @Test
    void should_call_itself_greenhouse_when_asked_for_its_name() {
        assertThat(adapter.name()).isEqualTo("greenhouse");
    }
}
