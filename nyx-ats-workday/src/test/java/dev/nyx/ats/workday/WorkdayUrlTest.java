package dev.nyx.ats.workday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.ats.workday.internal.WorkdayUrl;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WorkdayUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://acme.wd5.myworkdayjobs.com/External/job/Remote-USA/Senior-Java-Engineer_JR-12345",
        "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Java-Engineer_JR-12345",
        "https://acme.wd5.myworkdayjobs.com/fr-FR/External/job/Remote-USA/Senior-Java-Engineer_JR-12345/",
        "https://ACME.WD5.myworkdayjobs.com/External/job/Remote-USA/Senior-Java-Engineer_JR-12345?source=LinkedIn",
        "https://acme.wd5.myworkdayjobs.com/External/job/Remote-USA/Senior-Java-Engineer_JR-12345/apply",
        "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Java-Engineer_JR-12345/apply/applyManually",
        "https://acme.wd5.myworkdayjobs.com/External/job/Remote-USA/Senior-Java-Engineer_JR-12345/apply/autofillWithResume",
        "https://acme.wd5.myworkdayjobs.com/External/job/Remote-USA/Senior-Java-Engineer_JR-12345/apply/useMyLastApplication",
        "https://acme.myworkdayjobs.com/External/job/Remote-USA/Senior-Java-Engineer_JR-12345",
        "https://acme.wd103.myworkdayjobs.com/de-DE/External/job/Remote-USA/Senior-Java-Engineer_JR-12345"})
    void should_read_tenant_site_and_job_when_the_address_is_a_workday_posting(String address) {
        // when
        Optional<WorkdayUrl> parsed = WorkdayUrl.parse(URI.create(address));

        // then
        assertThat(parsed).hasValueSatisfying(url -> {
            assertThat(url.tenant()).isEqualTo("acme");
            assertThat(url.site()).isEqualTo("External");
            assertThat(url.jobPath()).contains("/job/Remote-USA/Senior-Java-Engineer_JR-12345");
            assertThat(url.keyPart()).contains("acme/External/JR-12345");
        });
    }

    @Test
    void should_read_the_tenant_from_the_path_when_the_host_is_myworkdaysite() {
        // when
        Optional<WorkdayUrl> parsed = WorkdayUrl.parse(URI.create(
                "https://wd3.myworkdaysite.com/en-US/recruiting/acme/Careers/job/Paris/Data-Analyst_R-0042/apply"));

        // then
        assertThat(parsed).hasValueSatisfying(url -> {
            assertThat(url.tenant()).isEqualTo("acme");
            assertThat(url.site()).isEqualTo("Careers");
            assertThat(url.jobId()).contains("R-0042");
            assertThat(url.boardUrl()).isEqualTo(URI.create("https://wd3.myworkdaysite.com/recruiting/acme/Careers"));
            assertThat(url.postingUrl("/job/Paris/Data-Analyst_R-0042")).isEqualTo(URI.create(
                    "https://wd3.myworkdaysite.com/recruiting/acme/Careers/job/Paris/Data-Analyst_R-0042"));
        });
    }

    @Test
    void should_see_a_board_when_the_address_stops_at_the_site() {
        // when
        Optional<WorkdayUrl> parsed = WorkdayUrl.parse(URI.create("https://acme.wd5.myworkdayjobs.com/en-US/External/"));

        // then
        assertThat(parsed).hasValueSatisfying(url -> {
            assertThat(url.isPosting()).isFalse();
            assertThat(url.locale()).contains("en-US");
            assertThat(url.boardUrl()).isEqualTo(URI.create("https://acme.wd5.myworkdayjobs.com/External"));
        });
    }

    @Test
    void should_take_a_two_letter_site_as_the_site_when_nothing_else_fits() {
        // when
        Optional<WorkdayUrl> parsed = WorkdayUrl.parse(URI.create("https://acme.wd1.myworkdayjobs.com/us/job/X/Y_JR-7"));

        // then
        assertThat(parsed).hasValueSatisfying(url -> {
            assertThat(url.site()).isEqualTo("us");
            assertThat(url.locale()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://acme.wd5.myworkdayjobs.com.evil.example/External/job/X/Y_JR-1",
        "https://myworkdayjobs.com/External/job/X/Y_JR-1",
        "https://evilmyworkdayjobs.com/External/job/X/Y_JR-1",
        "https://acme.wd5.myworkdayjobs.com/",
        "https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs",
        "https://acme.wd5.myworkdayjobs.com/External/job/",
        "https://acme.wd5.myworkdayjobs.com/External/job/A/B/C/D_JR-1",
        "https://acme.wd5.myworkdayjobs.com/External/job/X/Y_JR-1/apply/somethingElse",
        "https://acme.wd5.myworkdayjobs.com/External/details/Y_JR-1",
        "https://wd3.myworkdaysite.com/recruiting/acme",
        "ftp://acme.wd5.myworkdayjobs.com/External/job/X/Y_JR-1"})
    void should_refuse_the_address_when_it_is_not_a_workday_site_or_posting(String address) {
        assertThat(WorkdayUrl.parse(URI.create(address))).as(address).isEmpty();
    }

    @Test
    void should_keep_the_mount_prefix_when_a_copy_serves_the_tenant_host_in_its_path() {
        // when
        Optional<WorkdayUrl> parsed = WorkdayUrl.parseLenient(URI.create(
                "http://127.0.0.1:4123/northwind.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Java_JR-1/apply"));

        // then
        assertThat(parsed).hasValueSatisfying(url -> {
            assertThat(url.root()).isEqualTo("http://127.0.0.1:4123/northwind.wd5.myworkdayjobs.com");
            assertThat(url.tenant()).isEqualTo("northwind");
            assertThat(url.pageUrl()).isEqualTo(URI.create(
                    "http://127.0.0.1:4123/northwind.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Java_JR-1"));
        });
        assertThat(WorkdayUrl.parse(URI.create(
                "http://127.0.0.1:4123/northwind.wd5.myworkdayjobs.com/External/job/Remote-USA/Java_JR-1"))).isEmpty();
    }
}
