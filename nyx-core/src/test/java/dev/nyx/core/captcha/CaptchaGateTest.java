package dev.nyx.core.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.TestConfigs;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.plugin.PluginHost;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.CaptchaChallenge;
import dev.nyx.model.CaptchaKind;
import dev.nyx.model.CaptchaSolution;
import dev.nyx.spi.CaptchaSolver;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptchaGateTest {
    private static final CaptchaChallenge CHALLENGE = new CaptchaChallenge(CaptchaKind.HCAPTCHA, "site-key",
            URI.create("https://jobs.example.com/apply"), Optional.empty(), false, false, Optional.empty());

    @TempDir
    Path temp;

    private PluginGuard guard;
    private final List<String> called = new ArrayList<>();

    @BeforeEach
    void createGuard() {
        guard = new PluginGuard(PluginHost.start(TestConfigs.config(temp, Duration.ofSeconds(5)).plugins()),
                TestConfigs.config(temp, Duration.ofSeconds(5)));
    }

    @AfterEach
    void closeGuard() {
        guard.close();
    }

    /** A hand-written solver: fails with the given error, or solves at a price. */
    private final class FakeSolver implements CaptchaSolver {
        private final String name;
        private final Optional<NyxException> failure;
        private final BigDecimal cost;
        private final boolean enabled;

        FakeSolver(String name, Optional<NyxException> failure, BigDecimal cost, boolean enabled) {
            this.name = name;
            this.failure = failure;
            this.cost = cost;
            this.enabled = enabled;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<CaptchaKind> kinds() {
            return EnumSet.allOf(CaptchaKind.class);
        }

        @Override
        public boolean isEnabled() {
            return enabled;
        }

        @Override
        public CaptchaSolution solve(CaptchaChallenge challenge) {
            called.add(name);
            failure.ifPresent(error -> {
                throw error;
            });
            return new CaptchaSolution("token-from-" + name, name, cost);
        }
    }

    private FakeSolver failing(String name, ErrorCode code, String serviceCode) {
        return new FakeSolver(name, Optional.of(new NyxException(code, name + " answered " + serviceCode)),
                BigDecimal.ZERO, true);
    }

    private CaptchaGate gate(Set<CaptchaSolver> solvers, List<String> order, Optional<String> handoff,
                             BigDecimal maxCost) {
        return new CaptchaGate(solvers, guard, Clock.systemUTC(),
                new CaptchaGateSettings(order, Duration.ofMinutes(1), maxCost, handoff));
    }

    @Test
    void should_try_the_next_solver_when_earlier_ones_fail_with_bad_key_zero_balance_unsolvable_and_timeout() {
        // given
        Set<CaptchaSolver> solvers = Set.of(
                failing("a", ErrorCode.INVALID_CONFIGURATION, "ERROR_KEY_DOES_NOT_EXIST"),
                failing("b", ErrorCode.CAPTCHA_SERVICE_FAILED, "ERROR_ZERO_BALANCE"),
                failing("c", ErrorCode.CAPTCHA_UNSOLVED, "ERROR_CAPTCHA_UNSOLVABLE"),
                failing("d", ErrorCode.TIMEOUT, "processing"),
                new FakeSolver("e", Optional.empty(), new BigDecimal("0.002"), true));

        // when
        CaptchaGateResult result = gate(solvers, List.of("a", "b", "c", "d", "e"), Optional.empty(), BigDecimal.ONE)
                .solve(CHALLENGE, BigDecimal.ZERO);

        // then
        assertThat(called).containsExactly("a", "b", "c", "d", "e");
        assertThat(result.passed()).isTrue();
        assertThat(result.solutions()).singleElement().satisfies(solution -> assertThat(solution.solver()).isEqualTo("e"));
        assertThat(result.costUsd()).isEqualByComparingTo("0.002");
    }

    @Test
    void should_fail_with_every_service_code_when_all_fail_and_no_handoff_is_configured() {
        // given
        Set<CaptchaSolver> solvers = Set.of(failing("a", ErrorCode.INVALID_CONFIGURATION, "ERROR_KEY_DOES_NOT_EXIST"),
                failing("b", ErrorCode.CAPTCHA_SERVICE_FAILED, "ERROR_ZERO_BALANCE"));

        // when
        CaptchaGateResult result = gate(solvers, List.of("a", "b"), Optional.empty(), BigDecimal.ONE)
                .solve(CHALLENGE, BigDecimal.ZERO);

        // then
        assertThat(result.stopAs()).contains(ApplicationStatus.FAILED);
        assertThat(result.reason()).contains("ERROR_KEY_DOES_NOT_EXIST").contains("ERROR_ZERO_BALANCE")
                .contains("HCAPTCHA");
    }

    @Test
    void should_need_input_when_all_fail_and_the_handoff_is_configured() {
        // given
        Set<CaptchaSolver> solvers = Set.of(failing("a", ErrorCode.CAPTCHA_UNSOLVED, "ERROR_CAPTCHA_UNSOLVABLE"),
                failing("telegram", ErrorCode.CAPTCHA_UNSOLVED, "no reply"));

        // when
        CaptchaGateResult result = gate(solvers, List.of("a", "telegram"), Optional.of("telegram"), BigDecimal.ONE)
                .solve(CHALLENGE, BigDecimal.ZERO);

        // then
        assertThat(result.stopAs()).contains(ApplicationStatus.NEEDS_INPUT);
        assertThat(result.reason()).contains("ERROR_CAPTCHA_UNSOLVABLE").contains("no reply");
    }

    @Test
    void should_skip_disabled_solvers_and_stop_when_the_cost_budget_is_spent() {
        // given
        Set<CaptchaSolver> solvers = Set.of(new FakeSolver("off", Optional.empty(), BigDecimal.ZERO, false),
                new FakeSolver("paid", Optional.empty(), BigDecimal.ZERO, true));

        // when
        CaptchaGateResult result = gate(solvers, List.of("off", "paid"), Optional.empty(), new BigDecimal("0.01"))
                .solve(CHALLENGE, new BigDecimal("0.01"));

        // then
        assertThat(called).isEmpty();
        assertThat(result.stopAs()).contains(ApplicationStatus.FAILED);
        assertThat(result.reason()).contains("cost budget of 0.01 USD spent before paid");
    }

    @Test
    void should_refuse_settings_naming_the_setting_when_the_order_is_empty() {
        assertThatThrownBy(() -> new CaptchaGateSettings(List.of(), Duration.ofMinutes(1), BigDecimal.ONE,
                Optional.empty()))
                .isInstanceOfSatisfying(NyxException.class, failure -> {
                    assertThat(failure.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(failure.getMessage()).contains("captcha.order");
                });
    }
}
