package dev.nyx.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.NyxException;
import dev.nyx.testkit.FormData;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlEncodedParserTest {
    @Test
    void should_decode_plus_percent_escapes_and_utf8_when_values_are_encoded_like_browsers_do() {
        // when
        FormData form = UrlEncodedParser.parse(
                "job_application%5Bfirst_name%5D=Ada+Lovelace&why=Gr%C3%BC%C3%9Fe%0D%0A%26+more&utf8=%E2%9C%93");

        // then
        assertThat(form.first("job_application[first_name]")).contains("Ada Lovelace");
        assertThat(form.first("why")).contains("Grüße\r\n& more");
        assertThat(form.first("utf8")).contains("✓");
    }

    @Test
    void should_keep_repeated_names_in_order_and_accept_empty_values_when_present() {
        // when
        FormData form = UrlEncodedParser.parse("a%5B%5D=2&b=&a%5B%5D=1&flag&&c=x=y");

        // then
        assertThat(form.all("a[]")).containsExactly("2", "1");
        assertThat(form.all("b")).containsExactly("");
        assertThat(form.all("flag")).containsExactly("");
        assertThat(form.all("c")).containsExactly("x=y");
        assertThat(form.fields().keySet()).containsExactly("a[]", "b", "flag", "c");
    }

    @Test
    void should_return_an_empty_form_when_the_body_is_empty() {
        assertThat(UrlEncodedParser.parse("").fields()).isEmpty();
        assertThat(UrlEncodedParser.parse(null).fields()).isEmpty();
        assertThat(UrlEncodedParser.parse("x=1").all("missing")).isEqualTo(List.of());
    }

    @Test
    void should_name_the_broken_escape_when_a_percent_sign_is_not_encoded() {
        assertThatThrownBy(() -> UrlEncodedParser.parse("discount=50%"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("broken percent escape in '50%'")
                .hasMessageContaining("encode '%' as %25");
    }
}
