package dev.nyx.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void should_escape_markup_characters_when_text_goes_into_html() {
        assertThat(Html.escape("<Team \"B\"> & 'C'")).isEqualTo("&lt;Team &quot;B&quot;&gt; &amp; &#39;C&#39;");
    }

    @Test
    void should_show_scripts_and_handlers_as_text_when_a_description_contains_them() {
        // when
        String safe = Html.sanitizeDescription("<p>Hi</p><script>alert(1)</script><img src=x onerror=\"x()\">"
                + "<P CLASS=\"x\">kept text</P>");

        // then
        assertThat(safe).isEqualTo("<p>Hi</p>&lt;script&gt;alert(1)&lt;/script&gt;"
                + "&lt;img src=x onerror=&quot;x()&quot;&gt;&lt;P CLASS=&quot;x&quot;&gt;kept text</p>");
        assertThat(safe).doesNotContain("<script", "<img");
    }

    @Test
    void should_keep_formatting_tags_and_entities_when_a_description_is_plain() {
        assertThat(Html.sanitizeDescription("<ul><li>Java &amp; SQL &#8212; &nbsp;</li></ul><br/>A & B"))
                .isEqualTo("<ul><li>Java &amp; SQL &#8212; &nbsp;</li></ul><br/>A &amp; B");
    }
}
