package dev.nyx.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.spi.Verification;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationExtractorTest {
    private static final String TENANT = "acme.wd5.myworkdayjobs.com";

    private final VerificationExtractor extractor = new VerificationExtractor();

    @Test
    void should_take_the_verify_link_on_the_tenant_host_when_the_html_has_several_links() {
        // given
        String html = "<p>Welcome!</p><a href=\"https://www.workday.com/privacy\">Privacy</a>"
                + "<a href=\"https://" + TENANT + "/en-US/careers/help\">Help</a>"
                + "<a href=\"https://" + TENANT + "/en-US/careers/activate/abc123?x=1&amp;y=2\">Verify your account</a>";

        // when
        Optional<Verification> found = extractor.extract(new MailText("", html), TENANT);

        // then
        assertThat(found).get().satisfies(verification -> {
            assertThat(verification.link()).contains(URI.create("https://" + TENANT
                    + "/en-US/careers/activate/abc123?x=1&y=2"));
            assertThat(verification.code()).isEmpty();
        });
    }

    @Test
    void should_refuse_links_when_they_are_on_another_host_or_not_https() {
        // given
        String plain = "Verify here: http://" + TENANT + "/activate/1 or https://tracker.example.com/verify?u=1\n"
                + "or https://" + TENANT + ".evil.example/verify";

        // when
        Optional<Verification> found = extractor.extract(new MailText(plain, ""), TENANT);

        // then
        assertThat(found).isEmpty();
    }

    @Test
    void should_take_an_http_link_on_the_host_only_when_http_is_allowed() {
        // given
        MailText text = new MailText("Activate your account: http://127.0.0.1:8181/acme/activate/T1\n", "");

        // then
        assertThat(extractor.extract(text, "127.0.0.1")).isEmpty();
        assertThat(new VerificationExtractor(true).extract(text, "127.0.0.1").flatMap(Verification::link))
                .contains(URI.create("http://127.0.0.1:8181/acme/activate/T1"));
    }

    @Test
    void should_take_a_plain_text_link_without_the_sentence_end_when_the_mail_has_no_html() {
        // when
        Optional<Verification> found = extractor.extract(new MailText(
                "Please confirm your email: https://" + TENANT + "/confirm/ZX81.\nThanks", ""), TENANT);

        // then
        assertThat(found.flatMap(Verification::link)).contains(URI.create("https://" + TENANT + "/confirm/ZX81"));
    }

    @Test
    void should_read_the_code_when_the_mail_is_in_english_german_or_french() {
        assertThat(code("Your verification code is 482913. It expires in 10 minutes.")).contains("482913");
        assertThat(code("Use this code within 10 minutes:\n\n   A7K2Q9\n")).contains("A7K2Q9");
        assertThat(code("Ihr Bestätigungscode lautet: 7741 (gültig 15 Minuten)")).contains("7741");
        assertThat(code("Votre code de vérification : 90210Z")).contains("90210Z");
    }

    @Test
    void should_find_no_code_when_the_words_after_code_are_ordinary_words_or_dates() {
        assertThat(code("Your code expires soon; see our code of conduct dated 2026-12-03.")).isEmpty();
        assertThat(code("Thanks for applying to Acme.")).isEmpty();
    }

    @Test
    void should_read_the_code_from_the_html_when_there_is_no_plain_part() {
        // when
        Optional<Verification> found = extractor.extract(new MailText("",
                "<div>Your code:</div>\n<div><strong>55X91B</strong></div>"), TENANT);

        // then
        assertThat(found.flatMap(Verification::code)).contains("55X91B");
    }

    @Test
    void should_not_show_link_or_code_when_printed() {
        // given
        Verification verification = new Verification(Optional.of(URI.create("https://" + TENANT + "/v/secret-token")),
                Optional.of("482913"));

        // then
        assertThat(verification.toString()).doesNotContain("secret-token", "482913");
    }

    private Optional<String> code(String plain) {
        return extractor.extract(new MailText(plain, ""), TENANT).flatMap(Verification::code);
    }
}
