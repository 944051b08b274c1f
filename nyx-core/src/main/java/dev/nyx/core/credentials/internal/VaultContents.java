package dev.nyx.core.credentials.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import dev.nyx.spi.SiteAccount;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a vault holds once decrypted: one account per host and named secrets per host. Immutable; each
 * change returns a new value. Its JSON form ({@link #toJson()}) is what gets encrypted and is never
 * written or logged in clear; {@link #toString()} shows counts only. Public only for wiring.
 *
 * @param accounts accounts by host
 * @param secrets  secrets by host, then by name
 */
public record VaultContents(Map<String, SiteAccount> accounts, Map<String, Map<String, Secret>> secrets) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public VaultContents {
        accounts = Map.copyOf(accounts);
        Map<String, Map<String, Secret>> copied = new HashMap<>();
        secrets.forEach((host, named) -> {
            if (!named.isEmpty()) {
                copied.put(host, Map.copyOf(named));
            }
        });
        secrets = Map.copyOf(copied);
    }

    /** A vault with nothing in it. */
    public static VaultContents empty() {
        return new VaultContents(Map.of(), Map.of());
    }

    /** Every host with an account or a secret, sorted. */
    public TreeSet<String> hosts() {
        TreeSet<String> hosts = new TreeSet<>(accounts.keySet());
        hosts.addAll(secrets.keySet());
        return hosts;
    }

    /** These contents with {@code account} stored under its host. */
    public VaultContents withAccount(SiteAccount account) {
        Map<String, SiteAccount> changed = new HashMap<>(accounts);
        changed.put(account.host(), account);
        return new VaultContents(changed, secrets);
    }

    /** These contents with a secret stored. */
    public VaultContents withSecret(String host, String name, Secret value) {
        Map<String, Map<String, Secret>> changed = new HashMap<>(secrets);
        Map<String, Secret> named = new HashMap<>(changed.getOrDefault(host, Map.of()));
        named.put(name, value);
        changed.put(host, named);
        return new VaultContents(accounts, changed);
    }

    /** These contents without anything of {@code host}. */
    public VaultContents without(String host) {
        Map<String, SiteAccount> keptAccounts = new HashMap<>(accounts);
        keptAccounts.remove(host);
        Map<String, Map<String, Secret>> keptSecrets = new HashMap<>(secrets);
        keptSecrets.remove(host);
        return new VaultContents(keptAccounts, keptSecrets);
    }

    /** The secret called {@code name} of {@code host}. */
    public Optional<Secret> secret(String host, String name) {
        return Optional.ofNullable(secrets.getOrDefault(host, Map.of()).get(name));
    }

    /** The JSON to encrypt (sorted, so equal contents give equal text). */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode accountNodes = root.putObject("accounts");
        new TreeMap<>(accounts).forEach((host, account) -> accountNodes.putObject(host)
                .put("email", account.email()).put("password", account.password().reveal())
                .put("locked", account.locked()));
        ObjectNode secretNodes = root.putObject("secrets");
        new TreeMap<>(secrets).forEach((host, named) -> {
            ObjectNode hostNode = secretNodes.putObject(host);
            new TreeMap<>(named).forEach((name, value) -> hostNode.put(name, value.reveal()));
        });
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException impossible) {
            throw new NyxException(ErrorCode.INTERNAL, "The vault content could not be written as JSON.");
        }
    }

    /**
     * Contents from decrypted JSON.
     *
     * @throws NyxException {@link ErrorCode#CREDENTIALS_UNAVAILABLE} when the JSON is malformed (it decrypted,
     *                      so this is a bug or a file written by something else with the right key)
     */
    public static VaultContents fromJson(byte[] json) {
        try {
            JsonNode root = JSON.readTree(new String(json, StandardCharsets.UTF_8));
            Map<String, SiteAccount> accounts = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("accounts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode node = entry.getValue();
                accounts.put(entry.getKey(), new SiteAccount(entry.getKey(), required(node, "email"),
                        Secret.of(required(node, "password")), node.path("locked").asBoolean(false)));
            }
            Map<String, Map<String, Secret>> secrets = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("secrets").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Map<String, Secret> named = new HashMap<>();
                entry.getValue().fields().forEachRemaining(secret -> named.put(secret.getKey(),
                        Secret.of(secret.getValue().asText())));
                secrets.put(entry.getKey(), named);
            }
            return new VaultContents(accounts, secrets);
        } catch (JsonProcessingException | RuntimeException malformed) {
            // never the cause: a parser's message may quote the decrypted text
            throw new NyxException(ErrorCode.CREDENTIALS_UNAVAILABLE, "The credential vault decrypted but its content"
                    + " is not what Nyx writes: restore it from a backup, or move it away and store the accounts"
                    + " again (nyx credentials set).");
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("missing " + field);
        }
        return value.asText();
    }

    /** Counts only: the contents are secret. */
    @Override
    public String toString() {
        return "VaultContents[accounts=" + accounts.size() + ", hostsWithSecrets=" + secrets.size() + "]";
    }
}
