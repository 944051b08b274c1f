package dev.nyx.testkit.greenhouse.variants;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.Fault;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.greenhouse.GreenhouseReplica;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.greenhouse.internal.ApiSite;
import dev.nyx.testkit.greenhouse.internal.Catalog;
import dev.nyx.testkit.greenhouse.internal.ClassicBoardSite;
import dev.nyx.testkit.greenhouse.internal.JobBoardsSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Serves generated forms on a {@link ReplicaServer}: the Job Board API, the classic and the new
 * board at the Greenhouse replica's mount paths, each application form carrying its form's extra
 * system fields; the API answers 503 for the boards of forms whose API is unreachable. Submissions
 * are recorded like the other replicas'. Start it once per server with every form to serve.
 * Thread-safe after {@link #start}.
 */
public final class VariantBoard {
    private final ReplicaServer server;
    private final Map<Long, GeneratedForm> forms;

    private VariantBoard(ReplicaServer server, Map<Long, GeneratedForm> forms) {
        this.server = server;
        this.forms = forms;
    }

    /**
     * Mounts the three sites on {@code server} for {@code forms}.
     *
     * @throws dev.nyx.spi.NyxException {@code INVALID_CONFIGURATION} when the Greenhouse mount paths are taken
     */
    public static VariantBoard start(ReplicaServer server, List<GeneratedForm> forms) {
        requireNonNull(server, "server is null");
        requireNonNull(forms, "forms is null");
        Map<Long, GeneratedForm> byId = forms.stream().collect(Collectors.toMap(form -> form.posting().id(),
                Function.identity(), (first, second) -> first, java.util.LinkedHashMap::new));
        Catalog catalog = new Catalog(new ArrayList<>(byId.values().stream().map(GeneratedForm::posting).toList()));
        VariantBoard board = new VariantBoard(server, byId);
        server.mount(new ApiSite(GreenhouseReplica.API_MOUNT, catalog, GreenhouseReplica.DEFAULT_API_KEY,
                posting -> board.url(byId.get(posting.id())).toString()));
        server.mount(new WithSystemFields(new ClassicBoardSite(GreenhouseReplica.CLASSIC_MOUNT, catalog,
                new Random(1)), byId, "<form id=\"application_form\""));
        server.mount(new WithSystemFields(new JobBoardsSite(GreenhouseReplica.JOB_BOARDS_MOUNT, catalog,
                Optional.empty()), byId, "<form id=\"application-form\""));
        for (GeneratedForm form : byId.values()) {
            if (!form.apiReachable()) {
                server.faults().inject(Fault.status(GreenhouseReplica.API_MOUNT + "/v1/boards/"
                        + form.posting().boardToken() + "/**", 503));
            }
        }
        return board;
    }

    /** The page to apply on for {@code form}, in its page style. */
    public URI url(GeneratedForm form) {
        String path = form.style() == GreenhouseStyle.CLASSIC ? GreenhouseReplica.CLASSIC_MOUNT
                : GreenhouseReplica.JOB_BOARDS_MOUNT;
        return server.url(path + "/" + form.posting().boardToken() + "/jobs/" + form.posting().postingId());
    }

    /** The recorded submissions for {@code form}'s posting. */
    public List<Submission> submissionsFor(GeneratedForm form) {
        return server.recorder().submissionsFor(form.posting().postingId()).stream()
                .filter(submission -> !submission.site().equals(ApiSite.NAME)).toList();
    }

    /**
     * Compares a recorded submission with the form's expectation, field by field.
     *
     * @return one line per field that differs (empty when all match)
     */
    public static List<String> mismatches(GeneratedForm form, Submission submission) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> fields = submission.fields();
        form.expected().forEach((name, expected) -> expected.mismatch(fields.getOrDefault(name, List.of()))
                .ifPresent(problem -> problems.add(name + ": " + problem)));
        if (form.resumeExpected() && submission.files().stream().noneMatch(file -> file.fileName().endsWith(".pdf"))) {
            problems.add("resume: no PDF uploaded; files " + submission.files().stream()
                    .map(file -> file.fieldName() + "=" + file.fileName()).toList());
        }
        return problems;
    }

    /** A board site whose application pages carry the form's extra system fields. */
    private record WithSystemFields(Site site, Map<Long, GeneratedForm> forms, String formTag) implements Site {
        @Override
        public String name() {
            return site.name();
        }

        @Override
        public String mountPath() {
            return site.mountPath();
        }

        @Override
        public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
            ReplicaResponse response = site.handle(request, context);
            if (response.status() != 200 || !request.method().equals("GET")) {
                return response;
            }
            String html = new String(response.body(), StandardCharsets.UTF_8);
            int tag = html.indexOf(formTag);
            if (tag < 0) {
                return response;
            }
            Optional<GeneratedForm> form = forms.values().stream()
                    .filter(candidate -> request.sitePath().endsWith("/jobs/" + candidate.posting().postingId()))
                    .findFirst();
            if (form.isEmpty() || form.get().systemFields().isEmpty()) {
                return response;
            }
            int end = html.indexOf('>', tag) + 1;
            String changed = html.substring(0, end) + "\n" + form.get().systemFields() + html.substring(end);
            return new ReplicaResponse(response.status(), response.headers(), changed.getBytes(StandardCharsets.UTF_8));
        }
    }
}
