package dev.nyx.core.config;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything Nyx is configured with; the content of {@code nyx.yaml} after defaults and
 * {@code NYX_...} environment overrides. Build one with {@link ConfigLoader} or by hand.
 *
 * @param dataDirectory where the embedded database, evidence and extension data live
 * @param database      the database to use
 * @param plugins       where plugins come from and their settings
 * @param browser       browser discovery and profile
 * @param llm           the language model endpoint
 * @param policyFile    the effort policy; built-in defaults when absent
 * @param limits        session and concurrency bounds
 * @param network       which addresses may be visited
 * @param captcha       how the CAPTCHA gate uses the solvers (keys live in {@code plugins.settings.captcha})
 * @param matching      which scorer rates postings
 * @param vault         where the credential vault lives and its key (the {@code vault:} section)
 * @param mailbox       the candidate's mailbox for sites' verification emails (the {@code mailbox:} section)
 */
public record NyxConfig(Path dataDirectory, Database database, Plugins plugins, Browser browser, Llm llm,
                        Optional<Path> policyFile, Limits limits, Network network, Captcha captcha,
                        Matching matching, Vault vault, Mailbox mailbox) {
    public NyxConfig {
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(database, "database is null");
        requireNonNull(plugins, "plugins is null");
        requireNonNull(browser, "browser is null");
        requireNonNull(llm, "llm is null");
        requireNonNull(policyFile, "policyFile is null");
        requireNonNull(limits, "limits is null");
        requireNonNull(network, "network is null");
        requireNonNull(captcha, "captcha is null");
        requireNonNull(matching, "matching is null");
        requireNonNull(vault, "vault is null");
        requireNonNull(mailbox, "mailbox is null");
    }

    /**
     * A configuration with the default {@link Vault} section (no key: the vault can only be read when empty)
     * and no {@link Mailbox}.
     */
    public NyxConfig(Path dataDirectory, Database database, Plugins plugins, Browser browser, Llm llm,
                     Optional<Path> policyFile, Limits limits, Network network, Captcha captcha, Matching matching) {
        this(dataDirectory, database, plugins, browser, llm, policyFile, limits, network, captcha, matching,
                Vault.defaults(), Mailbox.none());
    }

    /** The credential vault's file: {@code vault.file}, else {@code <dataDirectory>/credentials.vault}. */
    public Path vaultFile() {
        return vault.file().orElse(dataDirectory.resolve(Vault.DEFAULT_FILE_NAME));
    }

    /** A configuration with the default {@link Matching} section. */
    public NyxConfig(Path dataDirectory, Database database, Plugins plugins, Browser browser, Llm llm,
                     Optional<Path> policyFile, Limits limits, Network network, Captcha captcha) {
        this(dataDirectory, database, plugins, browser, llm, policyFile, limits, network, captcha,
                Matching.defaults());
    }

    /** A configuration with the default {@link Captcha} and {@link Matching} sections. */
    public NyxConfig(Path dataDirectory, Database database, Plugins plugins, Browser browser, Llm llm,
                     Optional<Path> policyFile, Limits limits, Network network) {
        this(dataDirectory, database, plugins, browser, llm, policyFile, limits, network, Captcha.defaults());
    }

    /**
     * @param url             any JDBC URL (H2 or PostgreSQL); empty means the embedded H2 file
     *                        database {@code <dataDirectory>/db/nyx}
     * @param username        database user
     * @param password        database password (a secret: never logged)
     * @param maximumPoolSize connections in the pool
     */
    public record Database(Optional<String> url, Optional<String> username, Optional<String> password,
                           int maximumPoolSize) {
        public Database {
            requireNonNull(url, "url is null");
            requireNonNull(username, "username is null");
            requireNonNull(password, "password is null");
        }

        @Override
        public String toString() {
            return "Database[url=" + url + ", username=" + username + ", password=" + password.map(p -> "***")
                    + ", maximumPoolSize=" + maximumPoolSize + "]";
        }
    }

    /** Whether plugins are loaded from archives or from module {@code target/classes} folders. */
    public enum PluginMode { DEPLOYMENT, DEVELOPMENT }

    /**
     * @param directory the folder holding plugin archives (or, in development mode, plugin module folders)
     * @param mode      deployment or development
     * @param settings  per-plugin settings ({@code plugins.settings.<pluginId>}, keys flattened with dots),
     *                  each plugin reading only its own through {@link dev.nyx.spi.ExtensionContext#settings()}
     * @param variables the {@code NYX_PLUGINS_<ID>_<KEY>} environment variables, which override them
     */
    public record Plugins(Path directory, PluginMode mode, Map<String, Map<String, String>> settings,
                          Map<String, String> variables) {
        /** Environment variables that set plugin settings start with this: {@code NYX_PLUGINS_<ID>_<KEY>}. */
        public static final String VARIABLE_PREFIX = "NYX_PLUGINS_";

        public Plugins {
            requireNonNull(directory, "directory is null");
            requireNonNull(mode, "mode is null");
            settings = Map.copyOf(settings);
            variables = Map.copyOf(variables);
        }

        /** Settings from the file alone, no environment variables. */
        public Plugins(Path directory, PluginMode mode, Map<String, Map<String, String>> settings) {
            this(directory, mode, settings, Map.of());
        }

        /** Plugin settings often hold API keys: only their names are printed. */
        @Override
        public String toString() {
            return "Plugins[directory=" + directory + ", mode=" + mode + ", settings="
                    + new TreeMap<>(settings).entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + new TreeSet<>(entry.getValue().keySet()))
                    .toList() + ", variables=" + new TreeSet<>(variables.keySet()) + "]";
        }
    }

    /**
     * @param executablePath a Chromium or Chrome to use; found automatically when absent
     * @param headless       headless by default
     * @param userAgent      user agent override
     * @param locale         e.g. {@code en-US}
     * @param timezone       e.g. {@code Europe/Berlin}
     * @param viewportWidth  pixels
     * @param viewportHeight pixels
     * @param extraHeaders   HTTP headers added to every request
     * @param slowMo         delay between browser actions, for debugging
     * @param stepTimeout    how long one navigation or step may take
     */
    public record Browser(Optional<Path> executablePath, boolean headless, Optional<String> userAgent,
                          Optional<String> locale, Optional<String> timezone, int viewportWidth,
                          int viewportHeight, Map<String, String> extraHeaders, Duration slowMo,
                          Duration stepTimeout) {
        public Browser {
            requireNonNull(executablePath, "executablePath is null");
            requireNonNull(userAgent, "userAgent is null");
            requireNonNull(locale, "locale is null");
            requireNonNull(timezone, "timezone is null");
            extraHeaders = Map.copyOf(extraHeaders);
            requireNonNull(slowMo, "slowMo is null");
            requireNonNull(stepTimeout, "stepTimeout is null");
        }

        /** Extra headers may carry credentials (Authorization): only their names are printed. */
        @Override
        public String toString() {
            return "Browser[executablePath=" + executablePath + ", headless=" + headless + ", userAgent=" + userAgent
                    + ", locale=" + locale + ", timezone=" + timezone + ", viewport=" + viewportWidth + "x"
                    + viewportHeight + ", extraHeaders=" + new TreeSet<>(extraHeaders.keySet())
                    + ", slowMo=" + slowMo + ", stepTimeout=" + stepTimeout + "]";
        }
    }

    /**
     * @param baseUrl an OpenAI-compatible endpoint
     * @param apiKey  its key (a secret: never logged)
     * @param model   the model name
     * @param prices  USD per million tokens, per model
     */
    public record Llm(Optional<URI> baseUrl, Optional<String> apiKey, Optional<String> model,
                      Map<String, Price> prices) {
        public Llm {
            requireNonNull(baseUrl, "baseUrl is null");
            requireNonNull(apiKey, "apiKey is null");
            requireNonNull(model, "model is null");
            prices = Map.copyOf(prices);
        }

        @Override
        public String toString() {
            return "Llm[baseUrl=" + baseUrl + ", apiKey=" + apiKey.map(k -> "***") + ", model=" + model
                    + ", prices=" + prices + "]";
        }
    }

    /** USD per million input and output tokens. */
    public record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
        public Price {
            requireNonNull(inputPerMillion, "inputPerMillion is null");
            requireNonNull(outputPerMillion, "outputPerMillion is null");
        }
    }

    /**
     * @param maxApplicationsPerSession applications one session may start
     * @param maxCostUsdPerSession      what one session may spend
     * @param maxSessionDuration        how long one session may run
     * @param concurrency               applications run at once (browser contexts)
     * @param pluginCallTimeout         how long one call into a plugin may take
     */
    public record Limits(int maxApplicationsPerSession, BigDecimal maxCostUsdPerSession,
                         Duration maxSessionDuration, int concurrency, Duration pluginCallTimeout) {
        public Limits {
            requireNonNull(maxCostUsdPerSession, "maxCostUsdPerSession is null");
            requireNonNull(maxSessionDuration, "maxSessionDuration is null");
            requireNonNull(pluginCallTimeout, "pluginCallTimeout is null");
        }
    }

    /**
     * The {@code network:} section.
     *
     * @param allowPrivateAddresses whether loopback, private and link-local hosts may be visited (tests, demos)
     * @param connectTimeout        how long the host's web client (adapters' API calls) waits for a connection
     * @param requestTimeout        how long one web client request may take, from sending to the whole body;
     *                              a host that accepts and never answers costs this, not a step time-out
     */
    public record Network(boolean allowPrivateAddresses, Duration connectTimeout, Duration requestTimeout) {
        /** The default connect time-out of the web client. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
        /** The default time-out of one web client request. */
        public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

        public Network {
            requireNonNull(connectTimeout, "connectTimeout is null");
            requireNonNull(requestTimeout, "requestTimeout is null");
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("network.connectTimeout must be positive, got " + connectTimeout);
            }
            if (requestTimeout.isNegative() || requestTimeout.isZero()) {
                throw new IllegalArgumentException("network.requestTimeout must be positive, got " + requestTimeout);
            }
        }

        /** The section with the default web client time-outs (connect 5 s, request 10 s). */
        public Network(boolean allowPrivateAddresses) {
            this(allowPrivateAddresses, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
        }
    }

    /**
     * The {@code captcha:} section: which solvers the CAPTCHA gate asks, in which order, and its budget
     * per application. Solver keys and URLs are plugin settings ({@code plugins.settings.captcha}) or
     * environment variables, never here, so this section holds no secret.
     *
     * @param order        solver names in the order to try them ({@code 2captcha}, {@code capsolver},
     *                     {@code anticaptcha}, {@code 2captcha-classic}, {@code telegram})
     * @param handoff      the human hand-off solver, if any: when every solver fails, the application
     *                     waits for the candidate ({@code NEEDS_INPUT}) instead of failing
     * @param totalTimeout how long one pass of the gate may take over all solvers
     * @param maxCostUsd   the most one application may spend on CAPTCHAs
     */
    public record Captcha(List<String> order, Optional<String> handoff, Duration totalTimeout, BigDecimal maxCostUsd) {
        public Captcha {
            order = List.copyOf(requireNonNull(order, "order is null"));
            requireNonNull(handoff, "handoff is null");
            requireNonNull(totalTimeout, "totalTimeout is null");
            requireNonNull(maxCostUsd, "maxCostUsd is null");
        }

        /** Token services first, then the Telegram hand-off; 5 minutes and 5 cents per application. */
        public static Captcha defaults() {
            return new Captcha(List.of("2captcha", "capsolver", "anticaptcha", "2captcha-classic", "telegram"),
                    Optional.of("telegram"), Duration.ofMinutes(5), new BigDecimal("0.05"));
        }
    }

    /**
     * The {@code matching:} section.
     *
     * @param scorer the name of the {@code dev.nyx.spi.MatchScorer} that rates postings: {@value #DEFAULT_SCORER}
     *               (the built-in one) or a plugin's scorer. Checked when Nyx starts: an unknown name fails
     *               with {@code INVALID_CONFIGURATION} listing the known ones. Not read when the host binds its
     *               own {@code MatchScorer} through Guice
     * @param sameJobWindow how far back an application to the same role (same company, title and place,
     *                      reached through another URL or re-posted with a new id) makes a posting a
     *                      duplicate that is skipped; zero switches that check off. Default 30 days
     */
    public record Matching(String scorer, Duration sameJobWindow) {
        /** The built-in scorer's name. */
        public static final String DEFAULT_SCORER = "embedding";
        /** How far back the same job seen through another door counts, unless configured. */
        public static final Duration DEFAULT_SAME_JOB_WINDOW = Duration.ofDays(30);

        public Matching {
            requireNonNull(scorer, "scorer is null");
            requireNonNull(sameJobWindow, "sameJobWindow is null");
            if (scorer.isBlank()) {
                throw new IllegalArgumentException("matching.scorer is blank");
            }
            if (sameJobWindow.isNegative()) {
                throw new IllegalArgumentException("matching.sameJobWindow is negative");
            }
        }

        /** The scorer named, and the default same-job window. */
        public Matching(String scorer) {
            this(scorer, DEFAULT_SAME_JOB_WINDOW);
        }

        /** The built-in embedding scorer, the 30-day same-job window. */
        public static Matching defaults() {
            return new Matching(DEFAULT_SCORER);
        }
    }

    /**
     * The {@code vault:} section: the credential vault that keeps the candidate's site accounts (and
     * named secrets such as a mailbox password) encrypted at rest. Give exactly one of {@code key} and
     * {@code passphrase}, best through the environment ({@code NYX_VAULT_KEY} or {@code NYX_VAULT_PASSPHRASE})
     * rather than the file. Without either, Nyx reads an absent vault as empty and stops anything that
     * must store or read an account with {@code CREDENTIALS_UNAVAILABLE}.
     *
     * @param file       the vault file; empty means {@code <dataDirectory>/credentials.vault}
     * @param key        a raw AES-256 key, 32 bytes in Base64 ({@code openssl rand -base64 32}); a secret
     * @param passphrase a passphrase (at least 12 characters) the key is derived from with PBKDF2; a secret
     */
    public record Vault(Optional<Path> file, Optional<String> key, Optional<String> passphrase) {
        /** The vault file's name under the data directory unless {@code vault.file} says otherwise. */
        public static final String DEFAULT_FILE_NAME = "credentials.vault";

        public Vault {
            requireNonNull(file, "file is null");
            requireNonNull(key, "key is null");
            requireNonNull(passphrase, "passphrase is null");
        }

        /** The default file, no key. */
        public static Vault defaults() {
            return new Vault(Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Key and passphrase are secrets: only whether they are set is printed. */
        @Override
        public String toString() {
            return "Vault[file=" + file + ", key=" + key.map(value -> "***") + ", passphrase="
                    + passphrase.map(value -> "***") + "]";
        }
    }

    /**
     * The {@code mailbox:} section: the candidate's mailbox, read over IMAP for the verification emails
     * sites send (a Workday account's "verify your email"). Without a host, an application that meets a
     * verification waits in {@code NEEDS_INPUT} saying which settings to give.
     *
     * @param host         the IMAP server ({@code imap.example.com}); empty: no mailbox
     * @param port         its port; default 993 with SSL, 143 without
     * @param ssl          whether to connect over SSL/TLS (default {@code true})
     * @param user         the sign-in name, usually the address
     * @param password     the sign-in password as a setting (a secret: never logged); when empty it is read from
     *                     the credential vault, secret {@code password} of the mailbox's host
     * @param folder       the folder the verification emails arrive in (default {@code INBOX})
     * @param pollInterval how often the folder is read again while waiting (default 5 s)
     */
    public record Mailbox(Optional<String> host, int port, boolean ssl, Optional<String> user,
                          Optional<String> password, String folder, Duration pollInterval) {
        /** The IMAP port over SSL/TLS. */
        public static final int SSL_PORT = 993;
        /** The plain IMAP port. */
        public static final int PLAIN_PORT = 143;
        /** How often the folder is read again, unless configured. */
        public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

        public Mailbox {
            requireNonNull(host, "host is null");
            requireNonNull(user, "user is null");
            requireNonNull(password, "password is null");
            requireNonNull(folder, "folder is null");
            requireNonNull(pollInterval, "pollInterval is null");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("mailbox.port must be within 1..65535, got " + port);
            }
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("mailbox.pollInterval must be positive, got " + pollInterval);
            }
        }

        /** No mailbox configured. */
        public static Mailbox none() {
            return new Mailbox(Optional.empty(), SSL_PORT, true, Optional.empty(), Optional.empty(), "INBOX",
                    DEFAULT_POLL_INTERVAL);
        }

        /** Whether a host and a user are given (the password is a setting or waits in the credential vault). */
        public boolean configured() {
            return host.isPresent() && user.isPresent();
        }

        @Override
        public String toString() {
            return "Mailbox[host=" + host + ", port=" + port + ", ssl=" + ssl + ", user=" + user.map(u -> "***")
                    + ", password=" + password.map(p -> "***") + ", folder=" + folder + ", pollInterval="
                    + pollInterval + "]";
        }
    }
}
