package dev.nyx.testkit.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nyx.testkit.ReplicaServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service emulator's wire shapes, spoken to by a bare HTTP client. */
class CaptchaServiceEmulatorIT {
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private final IssuedTokens tokens = new IssuedTokens();
    private ReplicaServer server;

    @BeforeEach
    void start() {
        server = ReplicaServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private EmulatorClient mount(ServiceDialect dialect, int notReadyPolls) {
        server.mount(new CaptchaServiceEmulator("svc", "/svc", dialect, KEY, tokens).readyAfterPolls(notReadyPolls));
        return new EmulatorClient(server.url("/svc"));
    }

    @Test
    void should_answer_idle_with_a_uuid_then_processing_then_ready_without_cost_when_speaking_capsolver()
            throws Exception {
        // given
        EmulatorClient client = mount(ServiceDialect.CAPSOLVER, 1);

        // when
        JsonNode created = client.post("createTask", "{\"clientKey\":\"" + KEY + "\",\"task\":{\"type\":"
                + "\"ReCaptchaV2TaskProxyLess\",\"websiteURL\":\"https://a.example\",\"websiteKey\":\"k1\"}}");
        String poll = "{\"clientKey\":\"" + KEY + "\",\"taskId\":\"" + created.path("taskId").asText() + "\"}";
        JsonNode first = client.post("getTaskResult", poll);
        JsonNode second = client.post("getTaskResult", poll);

        // then
        assertThat(created.path("status").asText()).isEqualTo("idle");
        assertThat(created.path("taskId").asText()).matches("[0-9a-f\\-]{36}");
        assertThat(first.path("status").asText()).isEqualTo("processing");
        assertThat(second.path("status").asText()).isEqualTo("ready");
        assertThat(second.has("cost")).isFalse();
        assertThat(tokens.isIssuedFor(second.path("solution").path("gRecaptchaResponse").asText(), "k1")).isTrue();
    }

    @Test
    void should_refuse_the_old_type_name_spelling_of_another_service_when_speaking_capsolver() throws Exception {
        // given
        EmulatorClient client = mount(ServiceDialect.CAPSOLVER, 0);

        // when
        JsonNode created = client.post("createTask", "{\"clientKey\":\"" + KEY + "\",\"task\":{\"type\":"
                + "\"RecaptchaV2TaskProxyless\",\"websiteURL\":\"https://a.example\",\"websiteKey\":\"k1\"}}");

        // then
        assertThat(created.path("errorId").asInt()).isPositive();
        assertThat(created.path("errorCode").asText()).isEqualTo("ERROR_TASK_NOT_SUPPORTED");
    }

    @Test
    void should_speak_plain_text_with_capcha_not_ready_when_the_classic_api_is_asked_without_json() throws Exception {
        // given
        EmulatorClient client = mount(ServiceDialect.TWO_CAPTCHA, 1);

        // when
        String submitted = client.postForm("/in.php", "key=" + KEY + "&method=turnstile&sitekey=k2&pageurl=https%3A%2F%2Fa");
        String id = submitted.substring(3);
        String first = client.get("/res.php?key=" + KEY + "&action=get&id=" + id);
        String second = client.get("/res.php?key=" + KEY + "&action=get&id=" + id);

        // then
        assertThat(submitted).startsWith("OK|");
        assertThat(first).isEqualTo("CAPCHA_NOT_READY");
        assertThat(second).startsWith("OK|");
        assertThat(tokens.isIssuedFor(second.substring(3), "k2")).isTrue();
    }

    @Test
    void should_answer_error_zero_balance_and_record_the_task_when_told_to_fail() throws Exception {
        // given
        server.mount(new CaptchaServiceEmulator("svc", "/svc", ServiceDialect.ANTI_CAPTCHA, KEY, tokens)
                .failWith(ServiceFailure.ZERO_BALANCE));
        EmulatorClient client = new EmulatorClient(server.url("/svc"));

        // when
        String classic = client.postForm("/in.php", "key=" + KEY + "&json=1&method=hcaptcha&sitekey=k3&pageurl=https%3A%2F%2Fa");
        JsonNode created = client.post("createTask", "{\"clientKey\":\"" + KEY + "\",\"task\":{\"type\":"
                + "\"HCaptchaTaskProxyless\",\"websiteURL\":\"https://a.example\",\"websiteKey\":\"k3\"}}");

        // then
        assertThat(classic).isEqualTo("{\"status\":0,\"request\":\"ERROR_ZERO_BALANCE\"}");
        assertThat(created.path("errorCode").asText()).isEqualTo("ERROR_ZERO_BALANCE");
        assertThat(created.path("errorDescription").asText()).isNotBlank();
    }
}
