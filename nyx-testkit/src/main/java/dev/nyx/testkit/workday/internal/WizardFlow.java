package dev.nyx.testkit.workday.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.workday.WorkdayPosting;
import dev.nyx.testkit.workday.WorkdaySection;
import dev.nyx.testkit.workday.WorkdayStep;
import dev.nyx.testkit.workday.WorkdayStepSave;
import dev.nyx.testkit.workday.WorkdaySubmission;
import dev.nyx.testkit.workday.WorkdayTenant;
import dev.nyx.testkit.workday.WorkdayWizard;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The wizard after sign-in: one {@link WizardDraft} per candidate and posting (kept across sign-ins, as Workday
 * keeps an application in progress), the step pages, and the replica-only JSON endpoints the pages call: save
 * ("Save and Continue": server-side checks, then the step is recorded and the draft moves on), back, upload (the
 * bytes kept server side) and submit (one {@link WorkdaySubmission} per candidate and posting; a second is refused
 * with "already applied"). A save without a session answers 401 and sends the page to the sign-in form. Faults:
 * {@link #refuseNextSave}. Thread-safe.
 */
final class WizardFlow {
    static final String EXPIRED = "Your session has expired. Sign in again.";
    static final String ALREADY_APPLIED = "You have already applied for this job.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private record Refusal(String fieldKey, String message) {
    }

    private final WorkdayTenant tenant;
    private final WorkdayWizard wizard;
    private final WorkdayWizard autofillWizard;
    private final Function<String, Optional<WorkdayPosting>> postings;
    private final Map<String, WizardDraft> drafts = new ConcurrentHashMap<>();
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private final List<WorkdayStepSave> saved = new CopyOnWriteArrayList<>();
    private final List<WorkdaySubmission> submissions = new CopyOnWriteArrayList<>();
    private final Runnable honeypotHit;

    WizardFlow(WorkdayTenant tenant, WorkdayWizard wizard, Function<String, Optional<WorkdayPosting>> postings,
               Runnable honeypotHit) {
        this.tenant = requireNonNull(tenant, "tenant is null");
        this.wizard = requireNonNull(wizard, "wizard is null");
        this.autofillWizard = wizard.withAutofillStep();
        this.postings = requireNonNull(postings, "postings is null");
        this.honeypotHit = requireNonNull(honeypotHit, "honeypotHit is null");
    }

    WorkdayWizard wizard() {
        return wizard;
    }

    List<WorkdayStepSave> saved() {
        return List.copyOf(saved);
    }

    List<WorkdaySubmission> submissions() {
        return List.copyOf(submissions);
    }

    void refuseNextSave(String stepKey, String fieldKey, String message) {
        WorkdayStep step = wizard.step(requireNonNull(stepKey, "stepKey is null")).orElseThrow(
                () -> new IllegalArgumentException("the wizard has no step " + stepKey));
        refusals.put(step.key(), new Refusal(requireNonNull(fieldKey, "fieldKey is null"),
                requireNonNull(message, "message is null")));
    }

    /**
     * The page a signed-in candidate sees on the posting's apply address; {@code mode} is the apply mode of the
     * address. With {@code useMyLastApplication}, a new application starts with the values, entries and resume of
     * the candidate's latest submission on this tenant filled in (each step still has to be saved).
     */
    String page(String session, String email, WorkdayPosting posting, String endpoints, String mode) {
        if (confirmed.contains(session + "|" + posting.jobReqId())) {
            return WizardPages.submitted(tenant, posting);
        }
        WizardDraft draft = drafts.computeIfAbsent(email + "|" + posting.jobReqId(),
                ignored -> mode.equals("useMyLastApplication") ? fromLastApplication(email)
                        : new WizardDraft(mode.equals("autofillWithResume")));
        WorkdayWizard steps = wizardOf(draft);
        int index = Math.min(draft.step(), steps.steps().size() - 1);
        WorkdayStep step = steps.steps().get(index);
        if (step.isReview()) {
            return WizardPages.review(tenant, steps, index, posting, draft, new WizardPages.Urls(
                    endpoints + "/submit", endpoints + "/back", endpoints + "/upload"));
        }
        return WizardPages.step(tenant, steps, index, posting, draft, new WizardPages.Urls(endpoints + "/save",
                endpoints + "/back", endpoints + "/upload"));
    }

    /** The wizard endpoints: {@code action} is save, back, upload or submit. */
    ReplicaResponse handle(String action, ReplicaRequest request, Optional<String> session, Optional<String> email) {
        if (email.isEmpty() || session.isEmpty()) {
            ObjectNode answer = JSON.createObjectNode();
            answer.put("error", EXPIRED);
            answer.put("signIn", stripQuery(request.header("referer").orElse("/")) + "?sessionExpired=true");
            return ReplicaResponse.json(401, answer.toString());
        }
        if (action.equals("upload")) {
            return upload(request, email.get());
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.bodyText());
        } catch (IOException e) {
            return error(400, "Bad request");
        }
        String jobReqId = body.path("job").asText("");
        Optional<WorkdayPosting> posting = postings.apply(jobReqId).filter(WorkdayPosting::canApply);
        if (posting.isEmpty()) {
            return error(404, "This job posting is no longer available.");
        }
        WizardDraft draft = draft(email.get(), jobReqId);
        WorkdayWizard steps = wizardOf(draft);
        int index = Math.min(draft.step(), steps.steps().size() - 1);
        WorkdayStep step = steps.steps().get(index);
        if (!step.key().equals(body.path("step").asText(""))) {
            return error(409, "This page is out of date. Refresh the page and try again.");
        }
        String next = stripQuery(request.header("referer").orElse("/"));
        return switch (action) {
            case "back" -> {
                draft.step(Math.max(0, index - 1));
                yield next(next);
            }
            case "save" -> step.isReview() ? error(409, "Submit the application from the Review page.")
                    : save(step, index, draft, body, email.get(), next);
            case "submit" -> step.isReview() ? submit(session.get(), email.get(), jobReqId, draft, next)
                    : error(409, "Complete every step before submitting.");
            default -> error(404, "Unknown action");
        };
    }

    private ReplicaResponse save(WorkdayStep step, int index, WizardDraft draft, JsonNode body, String email,
                                 String next) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        body.path("values").fields().forEachRemaining(entry -> {
            List<String> texts = new ArrayList<>();
            entry.getValue().forEach(value -> texts.add(value.asText()));
            values.put(entry.getKey(), texts);
        });
        if (WizardValidator.honeypotFilled(step, values)) {
            honeypotHit.run();
            return error(200, "Something went wrong. Please try again.");
        }
        Refusal refusal = refusals.remove(step.key());
        if (refusal != null) {
            return problems(List.of(new WizardValidator.Problem(refusal.fieldKey(), refusal.message())));
        }
        Map<String, List<String>> visible = WizardValidator.visibleValues(step, values);
        List<WizardValidator.Problem> problems = new ArrayList<>(WizardValidator.check(step, visible,
                key -> draft.upload(step.key() + "." + key).isPresent()));
        List<Map<String, String>> work = entries(body.path("work"));
        List<Map<String, String>> education = entries(body.path("education"));
        if (step.sections().contains(WorkdaySection.WORK_EXPERIENCE)) {
            problems.addAll(WizardValidator.checkWork(work));
        }
        if (step.sections().contains(WorkdaySection.EDUCATION)) {
            problems.addAll(WizardValidator.checkEducation(education));
        }
        if (!problems.isEmpty()) {
            return problems(problems);
        }
        draft.save(step.key(), visible);
        if (step.sections().contains(WorkdaySection.WORK_EXPERIENCE)) {
            draft.work(work);
        }
        if (step.sections().contains(WorkdaySection.EDUCATION)) {
            draft.education(education);
        }
        if (step.key().equals(WorkdayStep.AUTOFILL)) {
            Optional<WizardDraft.Upload> resume = draft.upload(step.key() + ".resume");
            wizard.steps().stream().filter(other -> other.sections().contains(WorkdaySection.RESUME))
                    .filter(other -> draft.upload(other.key() + ".resume").isEmpty())
                    .forEach(other -> draft.upload(other.key() + ".resume", resume));
        }
        saved.add(new WorkdayStepSave(email, step.key(), visible));
        draft.step(index + 1);
        return next(next);
    }

    private synchronized ReplicaResponse submit(String session, String email, String jobReqId, WizardDraft draft,
                                                String next) {
        boolean applied = submissions.stream()
                .anyMatch(submission -> submission.email().equals(email) && submission.jobReqId().equals(jobReqId));
        if (applied) {
            return error(200, ALREADY_APPLIED);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<WorkdayStep> steps = wizardOf(draft).steps();
        for (WorkdayStep step : steps) {
            draft.values(step.key()).forEach((key, list) -> values.put(step.key() + "." + key, list));
        }
        Optional<WizardDraft.Upload> resume = Optional.empty();
        for (WorkdayStep step : steps) {
            if (step.sections().contains(WorkdaySection.RESUME)) {
                Optional<WizardDraft.Upload> upload = draft.upload(step.key() + ".resume");
                if (upload.isPresent()) {
                    resume = upload;
                }
            }
        }
        submissions.add(new WorkdaySubmission(email, jobReqId, values, draft.work(), draft.education(),
                resume.map(WizardDraft.Upload::name).orElse(""), resume.map(WizardDraft.Upload::bytes)
                .orElse(new byte[0])));
        drafts.remove(email + "|" + jobReqId);
        confirmed.add(session + "|" + jobReqId);
        return next(next);
    }

    private ReplicaResponse upload(ReplicaRequest request, String email) {
        String jobReqId = request.query().first("job").orElse("");
        String stepKey = request.query().first("step").orElse("");
        String field = request.query().first("field").orElse("");
        if (postings.apply(jobReqId).isEmpty() || field.isEmpty()) {
            return error(404, "Unknown upload");
        }
        WizardDraft draft = draft(email, jobReqId);
        if (wizardOf(draft).step(stepKey).isEmpty()) {
            return error(404, "Unknown upload");
        }
        if (request.method().equals("DELETE")) {
            draft.upload(stepKey + "." + field, Optional.empty());
            return ReplicaResponse.json(200, "{}");
        }
        byte[] bytes = request.body();
        if (bytes.length > MAX_UPLOAD_BYTES) {
            return error(413, "The file is larger than 5 MB.");
        }
        String name = URLDecoder.decode(request.header("x-file-name").orElse("file"), StandardCharsets.UTF_8);
        draft.upload(stepKey + "." + field, Optional.of(new WizardDraft.Upload(name, bytes)));
        return ReplicaResponse.json(200, "{}");
    }

    private WorkdayWizard wizardOf(WizardDraft draft) {
        return draft.autofill() ? autofillWizard : wizard;
    }

    private WizardDraft fromLastApplication(String email) {
        WizardDraft draft = new WizardDraft(false);
        for (int index = submissions.size() - 1; index >= 0; index--) {
            WorkdaySubmission last = submissions.get(index);
            if (!last.email().equals(email)) {
                continue;
            }
            for (WorkdayStep step : wizard.steps()) {
                Map<String, List<String>> values = new LinkedHashMap<>();
                step.fields().forEach(field -> {
                    List<String> value = last.value(step.key(), field.key());
                    if (!value.isEmpty()) {
                        values.put(field.key(), value);
                    }
                });
                if (!values.isEmpty()) {
                    draft.save(step.key(), values);
                }
                if (step.sections().contains(WorkdaySection.RESUME) && !last.resumeName().isEmpty()) {
                    draft.upload(step.key() + ".resume", Optional.of(new WizardDraft.Upload(last.resumeName(),
                            last.resumeBytes())));
                }
            }
            draft.work(last.work());
            draft.education(last.education());
            break;
        }
        return draft;
    }

    private WizardDraft draft(String email, String jobReqId) {
        return drafts.computeIfAbsent(email + "|" + jobReqId, ignored -> new WizardDraft(false));
    }

    private static List<Map<String, String>> entries(JsonNode array) {
        List<Map<String, String>> entries = new ArrayList<>();
        array.forEach(entry -> {
            Map<String, String> values = new LinkedHashMap<>();
            entry.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText("")));
            entries.add(values);
        });
        return entries;
    }

    private static ReplicaResponse problems(List<WizardValidator.Problem> problems) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode errors = answer.putArray("errors");
        for (WizardValidator.Problem problem : problems) {
            errors.addObject().put("field", problem.field()).put("message", problem.message());
        }
        return ReplicaResponse.json(422, answer.toString());
    }

    private static ReplicaResponse error(int status, String message) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("error", message);
        return ReplicaResponse.json(status, answer.toString());
    }

    private static ReplicaResponse next(String url) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("next", url);
        return ReplicaResponse.json(200, answer.toString());
    }

    private static String stripQuery(String url) {
        int question = url.indexOf('?');
        return question < 0 ? url : url.substring(0, question);
    }
}
