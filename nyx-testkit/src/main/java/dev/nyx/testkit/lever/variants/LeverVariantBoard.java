package dev.nyx.testkit.lever.variants;

import static java.util.Objects.requireNonNull;

import dev.nyx.testkit.Fault;
import dev.nyx.testkit.ReplicaServer;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.lever.LeverReplica;
import dev.nyx.testkit.lever.LeverResumeParse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves generated Lever forms on a {@link ReplicaServer}: the Lever replicas (both regions, the stale
 * resume parse) with every form's posting, the postings API answering 503 for the sites of forms whose API
 * is unreachable. Start it once per server with every form to serve. Thread-safe after {@link #start}.
 */
public final class LeverVariantBoard {
    private final ReplicaServer server;
    private final LeverReplica replica;

    private LeverVariantBoard(ReplicaServer server, LeverReplica replica) {
        this.server = server;
        this.replica = replica;
    }

    /**
     * Mounts the Lever replicas on {@code server} for {@code forms}.
     *
     * @throws dev.nyx.spi.NyxException {@code INVALID_CONFIGURATION} when the Lever mount paths are taken
     */
    public static LeverVariantBoard start(ReplicaServer server, List<GeneratedLeverForm> forms) {
        requireNonNull(server, "server is null");
        requireNonNull(forms, "forms is null");
        LeverReplica replica = LeverReplica.start(server, forms.stream().map(GeneratedLeverForm::posting).toList(),
                Optional.of(LeverResumeParse.stale()), Optional.empty());
        for (GeneratedLeverForm form : forms) {
            if (!form.apiReachable()) {
                for (String api : List.of(LeverReplica.API_MOUNT, LeverReplica.EU_API_MOUNT)) {
                    server.faults().inject(Fault.status(api + "/v0/postings/" + form.posting().site() + "/**", 503));
                }
            }
        }
        return new LeverVariantBoard(server, replica);
    }

    public LeverReplica replica() {
        return replica;
    }

    /** The page to apply on for {@code form}: its posting or apply page, on its region's board. */
    public URI url(GeneratedLeverForm form) {
        String mount = form.eu() ? LeverReplica.EU_JOBS_MOUNT : LeverReplica.JOBS_MOUNT;
        return server.url(mount + "/" + form.posting().site() + "/" + form.posting().id()
                + (form.applyPage() ? "/apply" : ""));
    }

    /** The recorded submissions for {@code form}'s posting. */
    public List<Submission> submissionsFor(GeneratedLeverForm form) {
        return replica.submissionsFor(form.posting().id());
    }

    /**
     * Compares a recorded submission with the form's expectation, field by field.
     *
     * @return one line per field that differs (empty when all match)
     */
    public static List<String> mismatches(GeneratedLeverForm form, Submission submission) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> fields = submission.fields();
        form.expected().forEach((name, expected) -> expected.mismatch(fields.getOrDefault(name, List.of()))
                .ifPresent(problem -> problems.add(name + ": " + problem)));
        if (form.resumeExpected() && submission.files().stream().noneMatch(file -> file.fileName().endsWith(".pdf"))) {
            problems.add("resume: no PDF uploaded");
        }
        return problems;
    }
}
