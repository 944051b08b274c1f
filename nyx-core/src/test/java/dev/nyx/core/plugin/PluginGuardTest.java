package dev.nyx.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nyx.core.TestConfigs;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginGuardTest {
    @TempDir
    Path temp;

    private PluginGuard guard;
    private final Object extension = new SampleExtension();

    @BeforeEach
    void createGuard() {
        PluginHost host = PluginHost.start(TestConfigs.config(temp, Duration.ofMillis(300)).plugins());
        guard = new PluginGuard(host, TestConfigs.config(temp, Duration.ofMillis(300)));
    }

    @AfterEach
    void closeGuard() {
        guard.close();
    }

    @Test
    void should_return_the_result_when_the_call_succeeds() {
        // when
        String result = guard.call(extension, "sample", () -> "done");

        // then
        assertThat(result).isEqualTo("done");
    }

    @Test
    void should_set_the_extension_class_loader_as_context_class_loader_when_calling() {
        // given
        AtomicReference<ClassLoader> seen = new AtomicReference<>();

        // when
        guard.run(extension, "sample", () -> seen.set(Thread.currentThread().getContextClassLoader()));

        // then
        assertThat(seen.get()).isSameAs(SampleExtension.class.getClassLoader());
    }

    @Test
    void should_fail_with_plugin_failed_naming_the_extension_when_the_call_throws() {
        // when / then
        assertThatThrownBy(() -> guard.run(extension, "sample", () -> {
            throw new IllegalArgumentException("boom");
        }))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'sample'")
                .hasMessageContaining(SampleExtension.class.getName())
                .hasMessageContaining("boom")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.PLUGIN_FAILED));
    }

    @Test
    void should_keep_the_extension_error_code_when_the_call_throws_a_nyx_exception() {
        // when / then
        assertThatThrownBy(() -> guard.run(extension, "sample", () -> {
            throw new NyxException(ErrorCode.POSTING_CLOSED, "posting is closed");
        }))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("'sample'")
                .hasMessageContaining("posting is closed")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.POSTING_CLOSED));
    }

    @Test
    void should_turn_errors_into_plugin_failed_when_the_call_throws_an_error() {
        // when / then
        assertThatThrownBy(() -> guard.run(extension, "sample", () -> {
            throw new NoClassDefFoundError("com/example/Missing");
        }))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("com/example/Missing")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.PLUGIN_FAILED));
    }

    @Test
    void should_fail_with_timeout_and_return_when_the_call_hangs() throws Exception {
        // given
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        long started = System.nanoTime();

        // when / then
        assertThatThrownBy(() -> guard.run(extension, "sample", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("did not return within PT0.3S")
                .hasMessageContaining("limits.pluginCallTimeout")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the hung call was interrupted").isTrue();
    }

    @Test
    void should_not_count_host_work_against_the_timeout() {
        // given: a call that waits 800 ms for the host (the time-out is 300 ms) and returns at once after it

        // when
        String result = guard.call(extension, "sample", () -> PluginGuard.hostWork(() -> {
            hostTakes(Duration.ofMillis(800));
            return "answered";
        }));

        // then
        assertThat(result).isEqualTo("answered");
    }

    @Test
    void should_still_time_out_when_the_plugin_hangs_after_host_work() {
        // given / when / then: 200 ms of host work does not buy the plugin more than its own 300 ms
        CountDownLatch never = new CountDownLatch(1);
        assertThatThrownBy(() -> guard.run(extension, "sample", () -> {
            PluginGuard.hostWork(() -> {
                hostTakes(Duration.ofMillis(200));
                return null;
            });
            awaitQuietly(never, Duration.ofSeconds(30)); // hangs until interrupted
        }))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("did not return within PT0.3S of its own work")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.TIMEOUT));
    }

    @Test
    void should_run_host_work_directly_outside_a_plugin_call() {
        assertThat(PluginGuard.hostWork(() -> "direct")).isEqualTo("direct");
    }

    /** Host work that takes {@code duration}. */
    private static void hostTakes(Duration duration) {
        awaitQuietly(new CountDownLatch(1), duration);
    }

    private static void awaitQuietly(CountDownLatch latch, Duration atMost) {
        try {
            latch.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void should_refuse_calls_when_closed() {
        // given
        guard.close();

        // when / then
        assertThatThrownBy(() -> guard.call(extension, "sample", () -> "late"))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("Nyx is closed")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Test
    void should_reject_the_configuration_when_the_timeout_is_not_positive() {
        // given
        PluginHost host = PluginHost.start(TestConfigs.config(temp, Duration.ZERO).plugins());

        // when / then
        assertThatThrownBy(() -> new PluginGuard(host, TestConfigs.config(temp, Duration.ZERO)))
                .isInstanceOf(NyxException.class)
                .hasMessageContaining("limits.pluginCallTimeout")
                .satisfies(e -> assertThat(((NyxException) e).code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
    }

    private static final class SampleExtension {
    }
}
