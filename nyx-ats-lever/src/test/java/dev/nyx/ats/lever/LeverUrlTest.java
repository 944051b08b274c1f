package dev.nyx.ats.lever;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.ats.lever.internal.LeverUrl;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Lever address shapes the adapter claims, and those it refuses. */
class LeverUrlTest {
    private static final String ID = "5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f";
    private final LeverAdapter adapter = new LeverAdapter(dev.nyx.testkit.TestExtensionContext.of(LeverAdapter.NAME,
            Map.of(), java.nio.file.Path.of("target")));

    @Test
    void should_parse_site_id_and_region_when_given_posting_and_apply_pages() {
        assertThat(LeverUrl.parse(URI.create("https://jobs.lever.co/acme/" + ID)))
                .contains(new LeverUrl("acme", ID, false));
        assertThat(LeverUrl.parse(URI.create("https://jobs.lever.co/acme/" + ID.toUpperCase() + "/apply?lever-source=x")))
                .contains(new LeverUrl("acme", ID, false));
        assertThat(LeverUrl.parse(URI.create("http://jobs.eu.lever.co/acme-gmbh/" + ID + "/")))
                .contains(new LeverUrl("acme-gmbh", ID, true));
        assertThat(LeverUrl.parse(URI.create("https://jobs.lever.co/acme/" + ID + "/thanks")))
                .contains(new LeverUrl("acme", ID, false));
    }

    @Test
    void should_refuse_the_url_when_it_is_not_a_lever_posting() {
        assertThat(adapter.supports(URI.create("https://jobs.lever.co/acme"))).isFalse();
        assertThat(adapter.supports(URI.create("https://jobs.lever.co/acme/123456"))).isFalse();
        assertThat(adapter.supports(URI.create("https://jobs.lever.co.evil.example/acme/" + ID))).isFalse();
        assertThat(adapter.supports(URI.create("https://evil.example/jobs.lever.co/acme/" + ID))).isFalse();
        assertThat(adapter.supports(URI.create("ftp://jobs.lever.co/acme/" + ID))).isFalse();
        assertThat(adapter.supports(URI.create("https://jobs.lever.co/acme/" + ID))).isTrue();
    }

    @Test
    void should_read_the_posting_from_the_path_when_the_page_is_on_another_host() {
        assertThat(LeverUrl.parseLenient(URI.create("http://127.0.0.1:4000/jobs.eu.lever.co/acme/" + ID + "/apply")))
                .contains(new LeverUrl("acme", ID, true));
        assertThat(LeverUrl.parseLenient(URI.create("https://careers.acme.example/join"))).isEmpty();
    }

    @Test
    void should_name_the_site_when_given_a_board_address() {
        assertThat(LeverUrl.board(URI.create("https://jobs.lever.co/acme"))).contains(new LeverUrl.Board("acme", false));
        assertThat(LeverUrl.board(URI.create("https://api.eu.lever.co/v0/postings/acme?mode=json")))
                .contains(new LeverUrl.Board("acme", true));
        assertThat(adapter.listsBoard(URI.create("https://jobs.lever.co/acme/"))).isTrue();
        assertThat(adapter.listsBoard(URI.create("https://jobs.lever.co/acme/" + ID))).isFalse();
        assertThat(adapter.listsBoard(URI.create("https://boards.greenhouse.io/acme"))).isFalse();
    }

    @Test
    void should_name_a_company_board_from_its_name_when_watching_by_company() {
        assertThat(adapter.boardOf("Acme Robotics")).contains(URI.create("https://jobs.lever.co/acmerobotics"));
        assertThat(adapter.boardOf(" ?! ")).isEmpty();
        assertThat(adapter.listsBoard(adapter.boardOf("acme").orElseThrow())).isTrue();
    }
}
