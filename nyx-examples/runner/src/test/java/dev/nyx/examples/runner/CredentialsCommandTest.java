package dev.nyx.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.spi.SiteAccount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsCommandTest {
    private static final String PASSPHRASE = "a passphrase for the tests";
    private static final String PASSWORD = "Typed-Secret-42!";
    private static final String EMAIL = "ada@example.org";

    @TempDir
    Path folder;

    @Test
    void should_store_the_typed_password_and_list_hosts_only_when_set_then_listed() throws Exception {
        // when
        CommandResult set = CommandResult.runWithInput(environment(), PASSWORD + "\n", "credentials", "set",
                "ACME.wd5.myworkdayjobs.com", "--email", EMAIL);
        CommandResult listed = CommandResult.run(environment(), "credentials", "list");

        // then
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("acme.wd5.myworkdayjobs.com").doesNotContain(PASSWORD);
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().strip()).isEqualTo("acme.wd5.myworkdayjobs.com");
        SiteAccount stored = vault().account("acme.wd5.myworkdayjobs.com").orElseThrow();
        assertThat(stored.email()).isEqualTo(EMAIL);
        assertThat(stored.password().reveal()).isEqualTo(PASSWORD);
        String file = new String(Files.readAllBytes(folder.resolve("credentials.vault")), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain(PASSWORD).doesNotContain(EMAIL);
    }

    @Test
    void should_remove_a_host_and_refuse_an_unknown_one_with_bad_input() {
        // given
        CommandResult.runWithInput(environment(), PASSWORD + "\n", "credentials", "set", "globex.example", "--email", EMAIL);

        // when
        CommandResult removed = CommandResult.run(environment(), "credentials", "remove", "globex.example");
        CommandResult again = CommandResult.run(environment(), "credentials", "remove", "globex.example");

        // then
        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("Removed globex.example");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("holds nothing for globex.example");
        assertThat(CommandResult.run(environment(), "credentials", "list").out()).contains("holds no accounts");
    }

    @Test
    void should_take_no_password_argument_and_refuse_an_empty_one() {
        // when
        CommandResult asArgument = CommandResult.runWithInput(environment(), "", "credentials", "set", "globex.example",
                "--email", EMAIL, "--password", PASSWORD);
        CommandResult empty = CommandResult.runWithInput(environment(), "\n", "credentials", "set", "globex.example",
                "--email", EMAIL);

        // then
        assertThat(asArgument.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("No password was entered");
        assertThat(vault().hosts()).isEmpty();
    }

    @Test
    void should_fail_with_how_to_set_a_key_when_none_is_set_or_it_is_wrong() {
        // given
        CommandResult.runWithInput(environment(), PASSWORD + "\n", "credentials", "set", "globex.example", "--email", EMAIL);

        // when
        CommandResult noKey = CommandResult.runWithInput(Map.of("NYX_DATA_DIRECTORY", folder.toString()),
                PASSWORD + "\n", "credentials", "set", "initech.example", "--email", EMAIL);
        CommandResult wrongKey = CommandResult.run(Map.of("NYX_DATA_DIRECTORY", folder.toString(),
                "NYX_VAULT_PASSPHRASE", "some other passphrase"), "credentials", "list");

        // then
        assertThat(noKey.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(noKey.err()).contains("NYX_VAULT_PASSPHRASE").doesNotContain(PASSWORD);
        assertThat(wrongKey.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(wrongKey.err()).contains("key is wrong").doesNotContain("some other passphrase");
        assertThat(wrongKey.out()).doesNotContain("globex.example");
    }

    private Map<String, String> environment() {
        return Map.of("NYX_DATA_DIRECTORY", folder.toString(), "NYX_VAULT_PASSPHRASE", PASSPHRASE);
    }

    private EncryptedFileVault vault() {
        return new EncryptedFileVault(folder.resolve("credentials.vault"), new NyxConfig.Vault(Optional.empty(),
                Optional.empty(), Optional.of(PASSPHRASE)), 600_000, new java.security.SecureRandom());
    }

    @Test
    void should_store_a_named_secret_read_from_standard_input_when_set_secret_is_given() throws Exception {
        // when
        CommandResult set = CommandResult.runWithInput(environment(), PASSWORD + "\n", "credentials", "set-secret",
                "IMAP.example.com", "password");

        // then
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("'password' for imap.example.com").doesNotContain(PASSWORD);
        assertThat(vault().secret("imap.example.com", "password").orElseThrow().reveal()).isEqualTo(PASSWORD);
        assertThat(CommandResult.run(environment(), "credentials", "list").out().strip()).isEqualTo("imap.example.com");
    }
}
