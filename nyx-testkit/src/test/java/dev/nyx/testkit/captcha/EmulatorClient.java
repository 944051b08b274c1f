package dev.nyx.testkit.captcha;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A bare createTask / getTaskResult client for tests of the emulators themselves. */
final class EmulatorClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;

    EmulatorClient(URI base) {
        this.base = base;
    }

    JsonNode post(String method, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    String get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    String postForm(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Creates a task and polls until the token is ready (the emulator is set to answer at once). */
    String solve(String key, String type, String pageUrl, String siteKey) throws IOException, InterruptedException {
        JsonNode created = post("createTask", "{\"clientKey\":\"" + key + "\",\"task\":{\"type\":\"" + type
                + "\",\"websiteURL\":\"" + pageUrl + "\",\"websiteKey\":\"" + siteKey + "\"}}");
        String taskId = created.path("taskId").asText();
        for (int poll = 0; poll < 10; poll++) {
            JsonNode result = post("getTaskResult", "{\"clientKey\":\"" + key + "\",\"taskId\":\"" + taskId + "\"}");
            if ("ready".equals(result.path("status").asText())) {
                JsonNode solution = result.path("solution");
                return solution.has("gRecaptchaResponse") ? solution.path("gRecaptchaResponse").asText()
                        : solution.path("token").asText();
            }
        }
        throw new AssertionError("task " + taskId + " was not ready after 10 polls: " + created);
    }
}
