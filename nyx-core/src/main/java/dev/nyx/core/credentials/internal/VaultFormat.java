package dev.nyx.core.credentials.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The vault file: a 38-byte header, then the content encrypted with AES-256-GCM (128-bit tag). The
 * header is {@code NYXV}, a format version (1), the key kind (1 passphrase, 2 raw key), the PBKDF2
 * iteration count (4 bytes, big-endian), a 16-byte salt and the 12-byte IV of this write; it is the
 * cipher's associated data, so a changed header fails the tag like a changed body. Stateless.
 * Public only for wiring.
 */
public final class VaultFormat {
    /** PBKDF2-HMAC-SHA256 iterations for new files: OWASP's 2023 figure for this hash. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The fewest iterations a file may claim (OWASP's figure for PBKDF2-HMAC-SHA512, a floor). */
    public static final int MINIMUM_ITERATIONS = 210_000;
    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 12;
    static final int HEADER_BYTES = 4 + 1 + 1 + 4 + SALT_BYTES + IV_BYTES;
    private static final int MAXIMUM_ITERATIONS = 10_000_000;
    private static final int TAG_BITS = 128;
    private static final byte[] MAGIC = {'N', 'Y', 'X', 'V'};
    private static final byte VERSION = 1;

    private VaultFormat() {
    }

    /**
     * A file's header.
     *
     * @param kind       how the key was given
     * @param iterations PBKDF2 iterations (passphrase files; 0 for a raw key)
     * @param salt       the PBKDF2 salt, kept across writes so the derived key can be reused
     * @param iv         this write's IV, fresh for every write
     */
    public record Header(VaultKey.KeyKind kind, int iterations, byte[] salt, byte[] iv) {
        public Header {
            requireNonNull(kind, "kind is null");
            salt = salt.clone();
            iv = iv.clone();
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] iv() {
            return iv.clone();
        }

        byte[] bytes() {
            return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).put(VERSION)
                    .put((byte) (kind == VaultKey.KeyKind.PASSPHRASE ? 1 : 2)).putInt(iterations).put(salt).put(iv)
                    .array();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Header header && kind == header.kind && iterations == header.iterations
                    && Arrays.equals(salt, header.salt) && Arrays.equals(iv, header.iv);
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + iterations;
        }

        @Override
        public String toString() {
            return "Header[" + kind + ", iterations=" + iterations + "]";
        }
    }

    /**
     * The header of a file's bytes.
     *
     * @throws NyxException {@link ErrorCode#CREDENTIALS_UNAVAILABLE} when the bytes are not a vault of
     *                      this format (too short, another magic or version, an impossible iteration count)
     */
    public static Header header(byte[] file, Path path) {
        ByteBuffer buffer = ByteBuffer.wrap(file);
        if (file.length < HEADER_BYTES + TAG_BITS / 8) {
            throw damaged(path);
        }
        byte[] magic = new byte[MAGIC.length];
        buffer.get(magic);
        byte version = buffer.get();
        byte kind = buffer.get();
        int iterations = buffer.getInt();
        if (!Arrays.equals(magic, MAGIC) || version != VERSION || (kind != 1 && kind != 2)) {
            throw damaged(path);
        }
        if (kind == 1 && (iterations < MINIMUM_ITERATIONS || iterations > MAXIMUM_ITERATIONS)) {
            throw damaged(path);
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        buffer.get(salt).get(iv);
        return new Header(kind == 1 ? VaultKey.KeyKind.PASSPHRASE : VaultKey.KeyKind.RAW, iterations, salt, iv);
    }

    /** The file's bytes: {@code header}, then {@code content} encrypted under {@code key} with the header's IV. */
    public static byte[] encrypt(SecretKey key, Header header, byte[] content) {
        byte[] head = header.bytes();
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, header, head, content);
            return ByteBuffer.allocate(head.length + sealed.length).put(head).put(sealed).array();
        } catch (GeneralSecurityException unavailable) {
            throw unavailable(unavailable);
        }
    }

    /** The decrypted content of {@code file}; empty when the tag does not match (wrong key, changed bytes). */
    public static Optional<byte[]> decrypt(SecretKey key, Header header, byte[] file) {
        byte[] head = Arrays.copyOf(file, HEADER_BYTES);
        byte[] sealed = Arrays.copyOfRange(file, HEADER_BYTES, file.length);
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, key, header, head, sealed));
        } catch (AEADBadTagException mismatch) {
            return Optional.empty();
        } catch (GeneralSecurityException unavailable) {
            throw unavailable(unavailable);
        }
    }

    private static byte[] cipher(int mode, SecretKey key, Header header, byte[] head, byte[] input)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, header.iv));
        cipher.updateAAD(head);
        return cipher.doFinal(input);
    }

    private static NyxException unavailable(GeneralSecurityException cause) {
        return new NyxException(ErrorCode.INTERNAL, "AES/GCM failed in this Java runtime: "
                + cause.getClass().getSimpleName(), cause);
    }

    private static NyxException damaged(Path path) {
        return new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE, "The credential vault " + path + " is not a Nyx"
                + " vault file or is damaged: restore it from a backup, or move it away and store the accounts again"
                + " (nyx credentials set).");
    }
}
