package dev.nyx.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.ErrorKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void should_summarise_and_list_every_problem_when_created() {
        ValidationException exception = new ValidationException(ErrorCode.INVALID_PROFILE, "profile.yaml", List.of(
                new Problem("nyx.salary.currency", Optional.of(14), Optional.of(5), "\"EURO\" is not a currency"),
                new Problem("", Optional.of(3), Optional.of(7), "syntax error: x"),
                Problem.at("browser.headless", "from NYX_BROWSER_HEADLESS: nope")));

        assertThat(exception.getMessage()).isEqualTo("""
                profile.yaml has 3 problems:
                  - nyx.salary.currency (line 14): "EURO" is not a currency
                  - line 3, column 7: syntax error: x
                  - browser.headless: from NYX_BROWSER_HEADLESS: nope""");
        assertThat(exception.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(exception.source()).isEqualTo("profile.yaml");
    }

    @Test
    void should_say_one_problem_when_there_is_one() {
        ValidationException exception = new ValidationException(ErrorCode.INVALID_CONFIGURATION, "nyx.yaml",
                List.of(Problem.at("llm.baseUrl", "bad")));

        assertThat(exception.getMessage()).startsWith("nyx.yaml has 1 problem:");
        assertThat(exception.kind()).isEqualTo(ErrorKind.CONFIGURATION);
    }

    @Test
    void should_refuse_an_empty_problem_list_when_created() {
        assertThatThrownBy(() -> new ValidationException(ErrorCode.INVALID_PROFILE, "x.yaml", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
