package dev.nyx.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {
    private final PasswordGenerator generator = new PasswordGenerator();

    @Test
    void should_meet_the_usual_ats_password_rules_when_generating() {
        // given
        Set<String> seen = new HashSet<>();

        for (int round = 0; round < 2000; round++) {
            // when
            String password = generator.generate().reveal();

            // then
            assertThat(password).hasSize(PasswordGenerator.DEFAULT_LENGTH);
            assertThat(password.chars().anyMatch(Character::isUpperCase)).as(password).isTrue();
            assertThat(password.chars().anyMatch(Character::isLowerCase)).as(password).isTrue();
            assertThat(password.chars().anyMatch(Character::isDigit)).as(password).isTrue();
            assertThat(password.chars().anyMatch(c -> PasswordGenerator.SYMBOLS.indexOf(c) >= 0)).as(password).isTrue();
            assertThat(password).doesNotContainPattern("(.)\\1").doesNotContainPattern("[Il0O1\\s]");
            assertThat(seen.add(password)).as("unique").isTrue();
        }
    }

    @Test
    void should_refuse_when_the_length_is_below_sixteen() {
        assertThat(generator.generate(16).reveal()).hasSize(16);
        assertThatThrownBy(() -> generator.generate(15)).isInstanceOfSatisfying(NyxException.class,
                failure -> assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }

    @Test
    void should_print_masked_when_a_password_is_printed() {
        assertThat(generator.generate().toString()).isEqualTo("******");
    }
}
