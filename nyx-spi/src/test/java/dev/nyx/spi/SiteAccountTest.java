package dev.nyx.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteAccountTest {
    @Test
    void should_print_neither_email_nor_password_when_printed_alone_or_inside_other_values() {
        // given
        SiteAccount account = new SiteAccount("acme.wd5.myworkdayjobs.com", "ada@example.org",
                Secret.of("Xq7!vR2#mK9$wT4&pL6*"), false);

        // when
        String printed = account + " " + List.of(account) + Map.of("account", account) + Optional.of(account);

        // then
        assertThat(printed).contains("acme.wd5.myworkdayjobs.com").doesNotContain("ada@example.org")
                .doesNotContain("Xq7!").doesNotContain("pL6*");
    }

    @Test
    void should_keep_host_and_email_when_locked_or_given_a_new_password() {
        // given
        SiteAccount account = new SiteAccount("acme.example", "ada@example.org", Secret.of("old-password"), false);

        // when
        SiteAccount locked = account.asLocked();
        SiteAccount changed = locked.withPassword(Secret.of("new-password"));

        // then
        assertThat(locked.locked()).isTrue();
        assertThat(changed.locked()).isFalse();
        assertThat(changed.password().reveal()).isEqualTo("new-password");
        assertThat(changed.email()).isEqualTo("ada@example.org");
    }

    @Test
    void should_refuse_a_blank_email_or_an_empty_password() {
        assertThatThrownBy(() -> new SiteAccount("acme.example", " ", Secret.of("p"), false))
                .isInstanceOf(NyxException.class);
        assertThatThrownBy(() -> new SiteAccount("acme.example", "ada@example.org", Secret.of(""), false))
                .isInstanceOf(NyxException.class).hasMessageNotContaining("ada@example.org");
    }

    @Test
    void should_say_the_host_does_not_support_accounts_when_a_context_keeps_the_default() {
        // given
        ApplyContext context = (ApplyContext) java.lang.reflect.Proxy.newProxyInstance(
                ApplyContext.class.getClassLoader(), new Class<?>[] {ApplyContext.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        // when / then
        assertThatThrownBy(context::accounts).isInstanceOfSatisfying(NyxException.class, failure -> {
            assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
            assertThat(failure.getMessage()).contains("not supported by this host");
        });
    }
}
