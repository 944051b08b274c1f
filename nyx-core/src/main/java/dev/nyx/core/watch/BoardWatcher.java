package dev.nyx.core.watch;

import static java.util.Objects.requireNonNull;

import com.microsoft.playwright.Page;
import dev.nyx.core.browser.Browsers;
import dev.nyx.core.browser.ContextRequest;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.net.UrlPolicy;
import dev.nyx.core.pipeline.ApplyOutcome;
import dev.nyx.core.pipeline.ApplyPipeline;
import dev.nyx.core.pipeline.ApplyRequest;
import dev.nyx.core.plugin.PluginGuard;
import dev.nyx.core.storage.ApplicationStore;
import dev.nyx.core.storage.Watch;
import dev.nyx.core.storage.WatchStore;
import dev.nyx.core.storage.WatchedPosting;
import dev.nyx.model.ApplicationStatus;
import dev.nyx.model.BoardPosting;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.PageContext;
import dev.nyx.spi.WebClient;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches company boards: {@code nyx watch add|list|remove|run}. A watch names a board by URL, or by
 * the name a company goes by on its job sites ({@code acme}: every installed source that names boards
 * that way is asked, and each board that exists is watched). A run lists each board through the source
 * that lists it ({@link dev.nyx.spi.PostingSource#listBoard}); every posting the watch never saw is
 * fetched, stored, matched and planned through the pipeline ({@link ApplyRequest#discovered}): the
 * policy skips it or it waits for the candidate's approval; nothing is filled or submitted. A second
 * run handles only what is new; postings that left the board are marked closed (an application of
 * theirs still waiting for approval is rejected with that reason). A board that cannot be listed
 * changes nothing.
 *
 * <p>Get it from {@code Nyx.watches()}. Thread-safe; runs of the same watch in two processes queue a
 * posting once (the store's insert decides). Throws {@link NyxException}: {@code INVALID_URL} /
 * {@code ADDRESS_NOT_ALLOWED} for a board URL the network rule refuses, {@code UNSUPPORTED_SITE} for a
 * URL no installed source lists, {@code NOT_FOUND} for an unknown watch id or a company no source has a
 * board for, {@code INVALID_INPUT} for a blank target.
 */
@Singleton
public final class BoardWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(BoardWatcher.class);

    private final List<AtsAdapter> sources;
    private final PluginGuard guard;
    private final Browsers browsers;
    private final WebClient web;
    private final UrlPolicy policy;
    private final WatchStore watches;
    private final ApplicationStore applications;
    private final ApplyPipeline pipeline;
    private final NyxConfig config;
    private final Clock clock;
    private final AtomicLong listings = new AtomicLong();

    @Inject
    public BoardWatcher(Set<AtsAdapter> sources, PluginGuard guard, Browsers browsers, WebClient web,
                        UrlPolicy policy, WatchStore watches, ApplicationStore applications, ApplyPipeline pipeline,
                        NyxConfig config, Clock clock) {
        List<AtsAdapter> sorted = new ArrayList<>(requireNonNull(sources, "sources is null"));
        sorted.sort(Comparator.comparing(source -> source.getClass().getName()));
        this.sources = List.copyOf(sorted);
        this.guard = requireNonNull(guard, "guard is null");
        this.browsers = requireNonNull(browsers, "browsers is null");
        this.web = requireNonNull(web, "web is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.watches = requireNonNull(watches, "watches is null");
        this.applications = requireNonNull(applications, "applications is null");
        this.pipeline = requireNonNull(pipeline, "pipeline is null");
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Watches the board at {@code target} (a URL), or every board a company has ({@code target} is the
     * name it goes by on the sites, e.g. {@code acme}). Adding a board watched already returns its watch.
     *
     * @return the watches now covering the target
     */
    public List<Watch> add(String target) {
        requireNonNull(target, "target is null");
        String given = target.strip();
        if (given.isEmpty()) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "nothing to watch: give a board URL"
                    + " (https://boards.greenhouse.io/acme) or the company's name on its job sites (acme)");
        }
        if (given.contains("://")) {
            URI board;
            try {
                board = new URI(given);
            } catch (java.net.URISyntaxException e) {
                throw new NyxException(ErrorCode.INVALID_URL, "'" + given + "' is not a valid URL (" + e.getReason()
                        + "); give a board URL such as https://boards.greenhouse.io/acme", e);
            }
            AtsAdapter source = lister(board).orElseThrow(() -> notABoard(board));
            policy.check(board);
            listBoard(source, board); // a board the site does not know fails here, before it is watched
            return List.of(watches.add(board, name(source)));
        }
        return addCompany(given);
    }

    /** Every watch, oldest first. */
    public List<Watch> list() {
        return watches.list();
    }

    /** The postings a watch saw, first seen first. */
    public List<WatchedPosting> postings(long watchId) {
        watch(watchId);
        return watches.postings(watchId);
    }

    /**
     * Stops watching; what the watch saw is forgotten, applications it started stay.
     *
     * @return the removed watch
     */
    public Watch remove(long watchId) {
        Watch watch = watch(watchId);
        watches.remove(watchId);
        return watch;
    }

    /** Runs every watch in turn for {@code profile}; a board that fails does not stop the others. */
    public List<WatchRun> runAll(Profile profile) {
        requireNonNull(profile, "profile is null");
        List<WatchRun> runs = new ArrayList<>();
        for (Watch watch : watches.list()) {
            runs.add(run(watch, profile));
        }
        return List.copyOf(runs);
    }

    /** Runs one watch for {@code profile}. */
    public WatchRun run(long watchId, Profile profile) {
        requireNonNull(profile, "profile is null");
        return run(watch(watchId), profile);
    }

    private WatchRun run(Watch watch, Profile profile) {
        List<BoardPosting> listed;
        try {
            AtsAdapter source = byName(watch.source()).orElseThrow(() -> new NyxException(ErrorCode.UNSUPPORTED_SITE,
                    "the source '" + watch.source() + "' that lists " + watch.boardUrl() + " is not installed;"
                            + " install its plugin or remove the watch ('nyx watch remove " + watch.id() + "')"));
            listed = listBoard(source, watch.boardUrl());
        } catch (NyxException e) {
            LOG.warn("Watch {}: the board {} could not be listed ({}): {}", watch.id(), watch.boardUrl(), e.code(),
                    e.getMessage());
            return new WatchRun(watch, 0, List.of(), List.of(), Optional.of(e.code() + ": " + e.getMessage()));
        }
        // one entry per posting URL, as the board ordered them
        Map<URI, BoardPosting> byUrl = new LinkedHashMap<>();
        listed.forEach(posting -> byUrl.putIfAbsent(posting.url(), posting));
        List<BoardPosting> fresh = new ArrayList<>();
        for (BoardPosting posting : byUrl.values()) {
            if (watches.see(watch.id(), posting, clock.instant())) {
                fresh.add(posting);
            }
        }
        List<URI> closed = closeGone(watch, byUrl.keySet());
        List<WatchRun.Found> found = new ArrayList<>();
        for (BoardPosting posting : fresh) {
            ApplyOutcome outcome = pipeline.apply(ApplyRequest.discovered(posting.url().toString(), profile));
            outcome.applicationId().ifPresent(id -> watches.linkApplication(watch.id(), posting.url(), id));
            if (outcome.failure().isPresent() && outcome.status().filter(s -> s == ApplicationStatus.SKIPPED
                    || s == ApplicationStatus.AWAITING_APPROVAL).isEmpty()) {
                // not handled: the next run tries it again
                watches.forget(watch.id(), posting.url());
            }
            found.add(new WatchRun.Found(posting, outcome));
        }
        watches.ran(watch.id(), clock.instant());
        WatchRun run = new WatchRun(watch, byUrl.size(), found, closed, Optional.empty());
        LOG.info("Watch {} ({}): {} listed, {} new ({} queued, {} skipped, {} failed), {} closed", watch.id(),
                watch.boardUrl(), run.listed(), found.size(), run.queued(), run.skipped(), run.failed(), closed.size());
        return run;
    }

    /** Marks the postings no longer listed as closed, and rejects their applications still waiting for approval. */
    private List<URI> closeGone(Watch watch, Set<URI> listed) {
        List<URI> closed = new ArrayList<>();
        for (WatchedPosting seen : watches.postings(watch.id())) {
            if (!seen.open() || listed.contains(seen.url())) {
                continue;
            }
            watches.close(watch.id(), seen.url(), clock.instant());
            closed.add(seen.url());
            seen.applicationId().flatMap(applications::find)
                    .filter(application -> application.status() == ApplicationStatus.AWAITING_APPROVAL)
                    .ifPresent(application -> {
                        try {
                            applications.transition(application.id(), ApplicationStatus.AWAITING_APPROVAL,
                                    ApplicationStatus.REJECTED, Optional.of("the posting left the board "
                                            + watch.boardUrl() + " (closed) before it was approved"), false);
                        } catch (NyxException raced) {
                            // approved or rejected meanwhile: the candidate's decision stands
                            LOG.info("Application {} was decided meanwhile: {}", application.id(), raced.getMessage());
                        }
                    });
        }
        return closed;
    }

    private List<Watch> addCompany(String company) {
        Map<AtsAdapter, URI> candidates = new LinkedHashMap<>();
        for (AtsAdapter source : sources) {
            safely(source, "boardOf", () -> source.boardOf(company)).flatMap(found -> found)
                    .ifPresent(board -> candidates.put(source, board));
        }
        if (candidates.isEmpty()) {
            throw new NyxException(ErrorCode.NOT_FOUND, "no installed source can find a board by a company's name"
                    + " (installed: " + names() + "); give the board's URL instead");
        }
        List<Watch> added = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Map.Entry<AtsAdapter, URI> candidate : candidates.entrySet()) {
            try {
                listBoard(candidate.getKey(), candidate.getValue());
                added.add(watches.add(candidate.getValue(), name(candidate.getKey())));
            } catch (NyxException e) {
                missing.add(candidate.getValue() + " (" + e.code() + ")");
            }
        }
        if (added.isEmpty()) {
            throw new NyxException(ErrorCode.NOT_FOUND, "no board found for company '" + company + "': tried "
                    + String.join(", ", missing) + "; check the name the company goes by on its job sites,"
                    + " or give the board's URL");
        }
        return List.copyOf(added);
    }

    private List<BoardPosting> listBoard(AtsAdapter source, URI board) {
        String name = name(source);
        ContextRequest request = new ContextRequest("watch-" + listings.incrementAndGet(), Optional.empty());
        List<BoardPosting> listed = browsers.withContext(request, page -> guard.call(source, name,
                () -> source.listBoard(board, new ListingContext(page, config.browser().stepTimeout(),
                        config.dataDirectory().resolve("evidence").resolve("watches"), clock, web, name))));
        if (listed == null) {
            throw new NyxException(ErrorCode.PLUGIN_FAILED, "the " + name + " source listed " + board
                    + " as nothing at all (null); report it to the plugin's authors");
        }
        return listed;
    }

    private Optional<AtsAdapter> lister(URI board) {
        return sources.stream().filter(source -> safely(source, "listsBoard", () -> source.listsBoard(board))
                .orElse(false)).findFirst();
    }

    private NyxException notABoard(URI board) {
        boolean posting = sources.stream().anyMatch(source -> safely(source, "supports",
                () -> source.supports(board)).orElse(false));
        return new NyxException(ErrorCode.UNSUPPORTED_SITE, board + (posting
                ? " is a posting, not a board: watch the company's board (e.g. https://boards.greenhouse.io/acme)"
                + " or apply to the posting with 'nyx apply'"
                : " is not a board any installed source can list (installed: " + names() + "); give a board URL"
                + " such as https://boards.greenhouse.io/acme or https://jobs.lever.co/acme"));
    }

    private Watch watch(long watchId) {
        return watches.find(watchId).orElseThrow(() -> new NyxException(ErrorCode.NOT_FOUND, "no watch with id "
                + watchId + ": list them with 'nyx watch list'"));
    }

    private Optional<AtsAdapter> byName(String name) {
        return sources.stream().filter(source -> name(source).equals(name)).findFirst();
    }

    private String names() {
        return sources.isEmpty() ? "none" : String.join(", ", sources.stream().map(this::name).sorted().toList());
    }

    private String name(AtsAdapter source) {
        return safely(source, "name", source::name).orElse(source.getClass().getSimpleName());
    }

    /** Asks a plugin something; a plugin that throws or hangs does not answer (logged, never trusted). */
    private <T> Optional<T> safely(AtsAdapter source, String what, java.util.concurrent.Callable<T> question) {
        try {
            return Optional.ofNullable(guard.call(source, source.getClass().getSimpleName(), question));
        } catch (RuntimeException e) {
            LOG.warn("The source {} failed to answer {}: {}", source.getClass().getName(), what, e.getMessage());
            return Optional.empty();
        }
    }

    /** The page context of one board listing: notes go to the log, evidence to {@code evidence/watches}. */
    private record ListingContext(Page page, Duration stepTimeout, Path evidenceDirectory, Clock clock,
                                  WebClient web, String source) implements PageContext {
        @Override
        public void note(String message) {
            LOG.info("{}: {}", source, message);
        }
    }
}
