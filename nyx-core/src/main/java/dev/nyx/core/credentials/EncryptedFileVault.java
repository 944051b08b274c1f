package dev.nyx.core.credentials;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.internal.VaultContents;
import dev.nyx.core.credentials.internal.VaultFormat;
import dev.nyx.core.credentials.internal.VaultKey;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import dev.nyx.spi.SiteAccount;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link CredentialVault}: one file ({@code vault.file}, by default
 * {@code <dataDirectory>/credentials.vault}) holding every account and secret as JSON encrypted with
 * AES-256-GCM under a fresh random IV per write (the format is {@link VaultFormat}'s). The key is a raw
 * key ({@code NYX_VAULT_KEY}) or comes from a passphrase ({@code NYX_VAULT_PASSPHRASE}) through
 * PBKDF2-HMAC-SHA256 with {@value VaultFormat#DEFAULT_ITERATIONS} iterations and a random salt kept in the
 * file's header; the derived key is kept in memory for that salt, so only the first use is slow.
 *
 * <p>Every change re-reads the file, applies itself and writes a new file next to it that then replaces the
 * old one in one atomic move (owner-only permissions where the file system has them), holding this
 * instance's lock and an OS lock on {@code <file>.lock}: concurrent threads and processes never lose each
 * other's changes and readers never see half a file. Reads need no lock. Host names and the file's path
 * are logged; accounts and secrets never are.
 *
 * <p>Thread-safe. Without a key an absent file reads as empty and anything else throws
 * {@link ErrorCode#CREDENTIALS_UNAVAILABLE} saying how to set one; so does a wrong key or a changed file.
 */
@Singleton
public final class EncryptedFileVault implements CredentialVault {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedFileVault.class);

    private final Path file;
    private final NyxConfig.Vault settings;
    private final int iterations;
    private final SecureRandom random;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final VaultFileLock fileLock;
    private final Object keyCache = new Object();
    private Optional<CachedKey> cachedKey = Optional.empty(); // guarded by keyCache
    private Optional<VaultKey> resolvedKey = Optional.empty(); // guarded by keyCache; read from settings on first use

    /** The vault the configuration names, with the default iteration count. */
    @Inject
    public EncryptedFileVault(NyxConfig config) {
        this(config.vaultFile(), config.vault(), VaultFormat.DEFAULT_ITERATIONS, new SecureRandom());
    }

    /**
     * A vault in {@code file} with the key of {@code settings}.
     *
     * @param iterations PBKDF2 iterations for a new passphrase file, at least
     *                   {@value VaultFormat#MINIMUM_ITERATIONS} (tests use the minimum to stay quick)
     * @param random     the source of salts and IVs
     */
    public EncryptedFileVault(Path file, NyxConfig.Vault settings, int iterations, SecureRandom random) {
        this.file = requireNonNull(file, "file is null").toAbsolutePath().normalize();
        this.settings = requireNonNull(settings, "settings is null");
        this.random = requireNonNull(random, "random is null");
        if (iterations < VaultFormat.MINIMUM_ITERATIONS) {
            throw new NyxException(ErrorCode.INVALID_INPUT, "PBKDF2 iterations must be at least "
                    + VaultFormat.MINIMUM_ITERATIONS + ", not " + iterations + ".");
        }
        this.iterations = iterations;
        this.fileLock = new VaultFileLock(this.file.resolveSibling(this.file.getFileName() + ".lock"));
    }

    /** The vault's file. */
    public Path file() {
        return file;
    }

    @Override
    public List<String> hosts() {
        return List.copyOf(read().hosts());
    }

    @Override
    public Optional<SiteAccount> account(String host) {
        return Optional.ofNullable(read().accounts().get(VaultNames.host(host)));
    }

    @Override
    public void putAccount(SiteAccount account) {
        SiteAccount normal = normal(account);
        change(contents -> contents.withAccount(normal));
        LOG.info("Stored the account for {} in the credential vault {}", normal.host(), file);
    }

    @Override
    public boolean putAccountIfAbsent(SiteAccount account) {
        SiteAccount normal = normal(account);
        boolean stored = change(contents -> contents.accounts().containsKey(normal.host()) ? contents
                : contents.withAccount(normal));
        if (stored) {
            LOG.info("Stored a new account for {} in the credential vault {}", normal.host(), file);
        }
        return stored;
    }

    @Override
    public boolean replaceAccount(SiteAccount account) {
        SiteAccount normal = normal(account);
        boolean replaced = change(contents -> contents.accounts().containsKey(normal.host())
                ? contents.withAccount(normal) : contents);
        if (replaced) {
            LOG.info("Updated the account for {} in the credential vault {}", normal.host(), file);
        }
        return replaced;
    }

    @Override
    public Optional<Secret> secret(String host, String name) {
        return read().secret(VaultNames.host(host), VaultNames.secretName(name));
    }

    @Override
    public void putSecret(String host, String name, Secret value) {
        String normalHost = VaultNames.host(host);
        String normalName = VaultNames.secretName(name);
        requireNonNull(value, "value is null");
        change(contents -> contents.withSecret(normalHost, normalName, value));
        LOG.info("Stored the secret '{}' for {} in the credential vault {}", normalName, normalHost, file);
    }

    @Override
    public boolean remove(String host) {
        String normal = VaultNames.host(host);
        boolean removed = change(contents -> contents.without(normal));
        if (removed) {
            LOG.info("Removed {} from the credential vault {}", normal, file);
        }
        return removed;
    }

    @Override
    public String toString() {
        return "EncryptedFileVault[" + file + "]";
    }

    private static SiteAccount normal(SiteAccount account) {
        requireNonNull(account, "account is null");
        return new SiteAccount(VaultNames.host(account.host()), account.email(), account.password(), account.locked());
    }

    /** Applies {@code change} under both locks; whether it changed anything (and so wrote the file). */
    private boolean change(Function<VaultContents, VaultContents> change) {
        VaultKey key = requiredKey();
        writeLock.lock();
        try {
            return fileLock.holding(() -> {
                Optional<byte[]> bytes = bytes();
                Optional<VaultFormat.Header> header = bytes.map(present -> VaultFormat.header(present, file));
                VaultContents before = bytes.isEmpty() ? VaultContents.empty() : decrypt(bytes.get(), header.get(),
                        Optional.of(key));
                VaultContents after = change.apply(before);
                if (after.equals(before)) {
                    return false;
                }
                write(after, key, header);
                return true;
            });
        } finally {
            writeLock.unlock();
        }
    }

    private VaultContents read() {
        Optional<byte[]> bytes = bytes();
        if (bytes.isEmpty()) {
            return VaultContents.empty();
        }
        return decrypt(bytes.get(), VaultFormat.header(bytes.get(), file), key());
    }

    private VaultContents decrypt(byte[] bytes, VaultFormat.Header header, Optional<VaultKey> key) {
        if (key.isEmpty()) {
            throw new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE, "The credential vault " + file + " is locked:"
                    + " no vault key is set. To open it, " + VaultKey.HOW_TO_SET + ".");
        }
        if (key.get().kind() != header.kind()) {
            throw new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE, "The credential vault " + file + " was written"
                    + " with " + header.kind().setting() + ", but " + key.get().kind().setting() + " is set: set the"
                    + " one it was written with.");
        }
        Optional<byte[]> content = VaultFormat.decrypt(derived(key.get(), header), header, bytes);
        if (content.isEmpty()) {
            LOG.warn("The credential vault {} could not be opened: wrong key or changed file", file);
            throw new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE, "The credential vault " + file + " could not be"
                    + " opened: the key is wrong or the file was changed. Set NYX_VAULT_PASSPHRASE (or NYX_VAULT_KEY)"
                    + " to the one the vault was written with; if that is lost, move the file away and store the"
                    + " accounts again (nyx credentials set).");
        }
        return VaultContents.fromJson(content.get());
    }

    private void write(VaultContents contents, VaultKey key, Optional<VaultFormat.Header> previous) {
        // keep the salt (and so the derived key) of a file of the same kind; the IV is new on every write
        byte[] salt = previous.filter(header -> header.kind() == key.kind()).map(VaultFormat.Header::salt)
                .orElseGet(() -> randomBytes(16));
        int rounds = previous.filter(header -> header.kind() == key.kind()).map(VaultFormat.Header::iterations)
                .orElse(key.kind() == VaultKey.KeyKind.PASSPHRASE ? iterations : 0);
        VaultFormat.Header header = new VaultFormat.Header(key.kind(), rounds, salt, randomBytes(12));
        byte[] bytes = VaultFormat.encrypt(derived(key, header), header, contents.toJson());
        VaultFiles.replace(file, bytes);
    }

    private SecretKey derived(VaultKey key, VaultFormat.Header header) {
        synchronized (keyCache) {
            if (cachedKey.isPresent() && cachedKey.get().matches(key, header)) {
                return cachedKey.get().secretKey();
            }
            SecretKey derived = key.derive(header.salt(), header.iterations());
            cachedKey = Optional.of(new CachedKey(key, header.salt(), header.iterations(), derived));
            return derived;
        }
    }

    private VaultKey requiredKey() {
        return key().orElseThrow(() -> new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE,
                "No vault key is set, so the credential vault " + file + " cannot store accounts: "
                        + VaultKey.HOW_TO_SET + "."));
    }

    /** The configured key, read once (a misconfigured one throws on every use, not when Nyx starts). */
    private Optional<VaultKey> key() {
        synchronized (keyCache) {
            if (resolvedKey.isEmpty()) {
                resolvedKey = VaultKey.of(settings);
            }
            return resolvedKey;
        }
    }

    private Optional<byte[]> bytes() {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException unreadable) {
            throw new NyxException(ErrorCode.STORAGE_FAILURE, "The credential vault " + file + " could not be read: "
                    + unreadable.getClass().getSimpleName(), unreadable);
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The key derived for one salt and iteration count. */
    private record CachedKey(VaultKey key, byte[] salt, int iterations, SecretKey secretKey) {
        boolean matches(VaultKey other, VaultFormat.Header header) {
            return key == other && iterations == header.iterations()
                    && Arrays.equals(salt, header.salt());
        }
    }
}
