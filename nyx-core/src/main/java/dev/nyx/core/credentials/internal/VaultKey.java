package dev.nyx.core.credentials.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.security.GeneralSecurityException;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault's key as configured: a raw AES-256 key ({@code vault.key}, {@code NYX_VAULT_KEY}) or a
 * passphrase ({@code vault.passphrase}, {@code NYX_VAULT_PASSPHRASE}) that PBKDF2-HMAC-SHA256 turns into
 * one with the salt and iteration count of the file's header. {@link #toString()} shows only the kind.
 * Immutable and thread-safe. Public only for wiring.
 */
public final class VaultKey {
    /** How to set a key, for every message that needs one. */
    public static final String HOW_TO_SET = "set NYX_VAULT_PASSPHRASE (a passphrase of at least 12 characters) or"
            + " NYX_VAULT_KEY (32 random bytes in Base64, e.g. from 'openssl rand -base64 32') in the environment,"
            + " or vault.passphrase / vault.key in nyx.yaml";
    static final int MINIMUM_PASSPHRASE_LENGTH = 12;
    private static final int KEY_BYTES = 32;

    private final KeyKind kind;
    private final byte[] rawKey;
    private final char[] passphrase;

    private VaultKey(KeyKind kind, byte[] rawKey, char[] passphrase) {
        this.kind = kind;
        this.rawKey = rawKey;
        this.passphrase = passphrase;
    }

    /**
     * The key the configuration gives, if any.
     *
     * @throws NyxException {@link ErrorCode#CREDENTIALS_UNAVAILABLE} when both are set, the key is not
     *                      32 bytes in Base64, or the passphrase is shorter than 12 characters
     */
    public static Optional<VaultKey> of(NyxConfig.Vault vault) {
        requireNonNull(vault, "vault is null");
        Optional<String> key = vault.key().filter(value -> !value.isBlank());
        Optional<String> passphrase = vault.passphrase().filter(value -> !value.isEmpty());
        if (key.isPresent() && passphrase.isPresent()) {
            throw new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE, "Both a vault key (NYX_VAULT_KEY, vault.key)"
                    + " and a vault passphrase (NYX_VAULT_PASSPHRASE, vault.passphrase) are set: keep only the one"
                    + " the credential vault was written with.");
        }
        if (key.isPresent()) {
            return Optional.of(rawKey(key.get()));
        }
        if (passphrase.isPresent()) {
            if (passphrase.get().length() < MINIMUM_PASSPHRASE_LENGTH) {
                throw new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE, "The vault passphrase (NYX_VAULT_PASSPHRASE,"
                        + " vault.passphrase) is shorter than " + MINIMUM_PASSPHRASE_LENGTH + " characters: choose a"
                        + " longer one.");
            }
            return Optional.of(new VaultKey(KeyKind.PASSPHRASE, new byte[0], passphrase.get().toCharArray()));
        }
        return Optional.empty();
    }

    private static VaultKey rawKey(String text) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            try {
                decoded = Base64.getUrlDecoder().decode(text.strip());
            } catch (IllegalArgumentException notUrlBase64) {
                decoded = new byte[0];
            }
        }
        if (decoded.length != KEY_BYTES) {
            throw new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE, "The vault key (NYX_VAULT_KEY, vault.key) is"
                    + " not 32 bytes in Base64: make one with 'openssl rand -base64 32'.");
        }
        return new VaultKey(KeyKind.RAW, decoded, new char[0]);
    }

    /** Whether this is a raw key or a passphrase; the file's header records it. */
    public KeyKind kind() {
        return kind;
    }

    /**
     * The AES key for a file with this salt and iteration count (both ignored for a raw key). Takes about
     * half a second for a passphrase: callers keep the result for the file's salt.
     */
    public SecretKey derive(byte[] salt, int iterations) {
        if (kind == KeyKind.RAW) {
            return new SecretKeySpec(rawKey, "AES");
        }
        KeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BYTES * 8);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            try {
                return new SecretKeySpec(derived, "AES");
            } finally {
                Arrays.fill(derived, (byte) 0);
            }
        } catch (GeneralSecurityException unavailable) {
            throw new NyxException(ErrorCode.INTERNAL, "PBKDF2WithHmacSHA256 is not available in this Java runtime.",
                    unavailable);
        }
    }

    @Override
    public String toString() {
        return "VaultKey[" + kind + "]";
    }

    /** The two ways a vault key is given. */
    public enum KeyKind {
        /** A passphrase, stretched with PBKDF2-HMAC-SHA256. */
        PASSPHRASE,
        /** 32 random bytes used as the AES key directly. */
        RAW;

        /** How the configuration names it, for messages. */
        public String setting() {
            return this == PASSPHRASE ? "a passphrase (NYX_VAULT_PASSPHRASE)" : "a raw key (NYX_VAULT_KEY)";
        }
    }
}
