package dev.nyx.testkit.lever.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.testkit.FormData;
import dev.nyx.testkit.ReplicaRequest;
import dev.nyx.testkit.ReplicaResponse;
import dev.nyx.testkit.Site;
import dev.nyx.testkit.SiteContext;
import dev.nyx.testkit.Submission;
import dev.nyx.testkit.lever.LeverCard;
import dev.nyx.testkit.lever.LeverCardField;
import dev.nyx.testkit.lever.LeverPosting;
import dev.nyx.testkit.lever.LeverResumeParse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosted Lever board ({@code jobs.lever.co} or {@code jobs.eu.lever.co}): a site's board, posting
 * pages, apply pages with the multipart submit and the server's own validation, the thank-you page, the
 * resume parse ({@code POST /{site}/parseResume}) and the location search
 * ({@code GET /{site}/searchLocations?text=}). Unknown sites and postings answer 404; closed postings 404
 * with a page saying so. Thread-safe (stateless besides the catalog).
 */
public final class LeverJobsSite implements Site {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOARD = Pattern.compile("/([A-Za-z0-9._-]+)/?");
    private static final Pattern POSTING = Pattern.compile("/([A-Za-z0-9._-]+)/([A-Za-z0-9-]{8,})(/apply|/thanks)?/?");
    private static final Pattern SITE_CALL = Pattern.compile("/([A-Za-z0-9._-]+)/(parseResume|searchLocations)");
    private static final List<String> PLACES = List.of("Lyon, France", "Lyons, Colorado, United States",
            "Lyon Mountain, New York, United States", "Paris, France", "Paris, Texas, United States",
            "Berlin, Germany", "Berlin, New Hampshire, United States", "London, United Kingdom",
            "London, Ontario, Canada", "New York, New York, United States", "Munich, Germany", "Toulouse, France",
            "San Francisco, California, United States", "Marseille, France");

    private final String name;
    private final String mountPath;
    private final LeverCatalog catalog;
    private final Optional<LeverResumeParse> parse;
    private final Optional<LeverCaptchaGuard> captcha;

    public LeverJobsSite(String name, String mountPath, LeverCatalog catalog, Optional<LeverResumeParse> parse,
                         Optional<LeverCaptchaGuard> captcha) {
        this.name = requireNonNull(name, "name is null");
        this.mountPath = requireNonNull(mountPath, "mountPath is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.parse = requireNonNull(parse, "parse is null");
        this.captcha = requireNonNull(captcha, "captcha is null");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String mountPath() {
        return mountPath;
    }

    @Override
    public ReplicaResponse handle(ReplicaRequest request, SiteContext context) {
        String path = request.sitePath();
        String siteUrl = context.siteUrl().toString();
        if (path.startsWith("/assets/")) {
            return asset(path.substring("/assets/".length()));
        }
        Matcher call = SITE_CALL.matcher(path);
        if (call.matches()) {
            return call.group(2).equals("parseResume") ? parseResume(request) : searchLocations(request);
        }
        Matcher posting = POSTING.matcher(path);
        if (posting.matches()) {
            Optional<LeverPosting> found = catalog.find(posting.group(1), posting.group(2));
            if (found.isEmpty() || !found.get().open()) {
                return ReplicaResponse.html(404, LeverPages.notFound(found.isPresent()));
            }
            String page = posting.group(3) == null ? "" : posting.group(3);
            return switch (page) {
                case "/apply" -> request.method().equals("POST") ? submit(request, context, found.get())
                        : ReplicaResponse.html(200, LeverPages.apply(siteUrl, found.get(), List.of(), captcha));
                case "/thanks" -> ReplicaResponse.html(200, LeverPages.thanks(siteUrl, found.get()));
                default -> ReplicaResponse.html(200, LeverPages.posting(siteUrl, found.get()));
            };
        }
        Matcher board = BOARD.matcher(path);
        if (board.matches() && catalog.hasSite(board.group(1))) {
            return ReplicaResponse.html(200, LeverPages.board(siteUrl, board.group(1), catalog.open(board.group(1))));
        }
        return ReplicaResponse.html(404, LeverPages.notFound(false));
    }

    private ReplicaResponse submit(ReplicaRequest request, SiteContext context, LeverPosting posting) {
        String siteUrl = context.siteUrl().toString();
        if (request.validationError().isPresent()) {
            return ReplicaResponse.html(200, LeverPages.apply(siteUrl, posting,
                    List.of(request.validationError().get()), captcha));
        }
        Optional<String> robot = captcha.flatMap(guard -> guard.refusal(request.form()));
        if (robot.isPresent()) {
            return ReplicaResponse.html(200, LeverPages.apply(siteUrl, posting, List.of(robot.get()), captcha));
        }
        List<String> errors = errors(posting, request.form());
        if (!errors.isEmpty()) {
            return ReplicaResponse.html(200, LeverPages.apply(siteUrl, posting, errors, captcha));
        }
        context.recorder().record(new Submission(name, posting.id(), request.path(), request.method(),
                request.receivedAt(), request.form(), request.headers(), Optional.empty()));
        return ReplicaResponse.redirect(303, LeverPages.postingUrl(siteUrl, posting) + "/thanks");
    }

    /** The server's own checks, as messages the page shows. */
    static List<String> errors(LeverPosting posting, FormData form) {
        List<String> errors = new ArrayList<>();
        LeverPosting.LeverForm shape = posting.form();
        if (blank(form, "name")) {
            errors.add("Full name: This field is required.");
        }
        if (blank(form, "email") || !form.first("email").orElse("").contains("@")) {
            errors.add("Email: Please enter a valid email address.");
        }
        boolean resume = form.file("resume").map(file -> file.bytes().length > 0).orElse(false);
        if (shape.resumeRequired() && !resume) {
            errors.add("Resume/CV: Please attach your resume.");
        }
        if (shape.locationField() && (blank(form, "location") || blank(form, "selectedLocation"))) {
            errors.add("Current location: Please select a location from the list.");
        }
        for (LeverCard card : shape.cards()) {
            for (int index = 0; index < card.fields().size(); index++) {
                LeverCardField field = card.fields().get(index);
                List<String> values = form.all(card.fieldName(index)).stream().filter(value -> !value.isBlank()).toList();
                if (field.required() && values.isEmpty()) {
                    errors.add(field.text() + ": This field is required.");
                }
                if (!field.options().isEmpty() && !field.options().containsAll(values)) {
                    errors.add(field.text() + ": Please choose one of the options.");
                }
            }
        }
        if (shape.consent() && !form.first("consent[store]").filter("true"::equals).isPresent()) {
            errors.add("Privacy: Please consent to the processing of your data to apply.");
        }
        return errors;
    }

    private static boolean blank(FormData form, String field) {
        return form.first(field).map(String::isBlank).orElse(true);
    }

    private ReplicaResponse parseResume(ReplicaRequest request) {
        if (!request.method().equals("POST") || request.form().file("resume").isEmpty()) {
            return ReplicaResponse.json(400, "{\"ok\":false,\"error\":\"Send the resume as multipart field 'resume'\"}");
        }
        ObjectNode json = JSON.createObjectNode();
        byte[] id = new byte[12];
        ThreadLocalRandom.current().nextBytes(id);
        json.put("storageId", HexFormat.of().formatHex(id));
        parse.ifPresent(values -> {
            json.put("name", values.name());
            json.put("email", values.email());
            json.put("phone", values.phone());
            json.put("org", values.org());
        });
        return ReplicaResponse.json(200, json.toString());
    }

    private static ReplicaResponse searchLocations(ReplicaRequest request) {
        String text = fold(request.query().first("text").orElse(""));
        ArrayNode found = JSON.createArrayNode();
        if (text.length() >= 2) {
            PLACES.stream().filter(place -> fold(place).startsWith(text) || fold(place).contains(" " + text))
                    .forEach(place -> found.addObject().put("name", place)
                            .put("id", Integer.toHexString(place.hashCode())));
        }
        return ReplicaResponse.json(200, found.toString());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .strip();
    }

    private static ReplicaResponse asset(String file) {
        if (!file.equals("lever.js") && !file.equals("lever.css")) {
            return ReplicaResponse.html(404, LeverPages.notFound(false));
        }
        try (InputStream in = LeverJobsSite.class.getResourceAsStream("/dev/nyx/testkit/lever/" + file)) {
            if (in == null) {
                throw new IllegalStateException("testkit resource missing: /dev/nyx/testkit/lever/" + file);
            }
            String type = file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            return new ReplicaResponse(200, Map.of("Content-Type", type, "Cache-Control", "no-store"),
                    in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
