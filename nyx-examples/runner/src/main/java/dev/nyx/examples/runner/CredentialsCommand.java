package dev.nyx.examples.runner;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.CredentialVault;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.core.credentials.VaultNames;
import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import dev.nyx.spi.Secret;
import dev.nyx.spi.SiteAccount;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx credentials ...}: the candidate's site accounts in the credential vault
 * ({@code <dataDirectory>/credentials.vault} unless {@code vault.file} says otherwise; key from
 * {@code NYX_VAULT_PASSPHRASE} or {@code NYX_VAULT_KEY}). {@code list} shows hosts only; {@code set}
 * reads the password from the console (or the first line of standard input), never from an argument, and
 * {@code set-secret} a named secret (the mailbox password) the same way.
 * Opens the vault alone: no database, no plugins, no browser.
 */
@Command(name = "credentials", mixinStandardHelpOptions = true,
        description = "Works with the site accounts in the encrypted credential vault.",
        subcommands = {CredentialsCommand.ListHosts.class, CredentialsCommand.Set.class, CredentialsCommand.SetSecret.class,
                CredentialsCommand.Remove.class})
final class CredentialsCommand implements Runnable {
    @ParentCommand
    NyxCommand nyx;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(nyx.out());
    }

    private CredentialVault vault(StorageOptions storage) {
        NyxConfig config = nyx.config(storage);
        return new EncryptedFileVault(config);
    }

    /** {@code nyx credentials list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the hosts the vault holds an account or a secret for (never the accounts).")
    static final class ListHosts implements Callable<Integer> {
        @ParentCommand
        private CredentialsCommand credentials;

        @Mixin
        private StorageOptions storage;

        @Override
        public Integer call() {
            PrintWriter out = credentials.nyx.out();
            List<String> hosts = credentials.vault(storage).hosts();
            if (hosts.isEmpty()) {
                out.println("The credential vault holds no accounts ('nyx credentials set HOST --email EMAIL').");
            }
            hosts.forEach(out::println);
            return ExitCodes.OK;
        }
    }

    /** {@code nyx credentials set HOST --email EMAIL}; the password from the console or standard input. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Stores the account for a site (e.g. acme.wd5.myworkdayjobs.com); asks for the password"
                    + " on the console, or reads it from the first line of standard input.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        private CredentialsCommand credentials;

        @Mixin
        private StorageOptions storage;

        @Parameters(index = "0", paramLabel = "HOST", description = "The site's host, without https:// or a path.")
        private String host;

        @Option(names = "--email", required = true, paramLabel = "EMAIL",
                description = "The email the account signs in with.")
        private String email;

        @Override
        public Integer call() {
            String normalHost = VaultNames.host(host);
            if (email.isBlank() || !email.contains("@")) {
                throw new NyxException(ErrorCode.INVALID_INPUT, "--email must be an email address.");
            }
            CredentialVault vault = credentials.vault(storage);
            Secret password = credentials.nyx.password("Password for " + normalHost + ": ");
            vault.putAccount(new SiteAccount(normalHost, email.strip(), password, false));
            credentials.nyx.out().println("Stored the account for " + normalHost + " in the credential vault.");
            return ExitCodes.OK;
        }
    }

    /** {@code nyx credentials set-secret HOST NAME}; the value from the console or standard input. */
    @Command(name = "set-secret", mixinStandardHelpOptions = true,
            description = "Stores a named secret for a host, e.g. the mailbox password: 'set-secret imap.example.com"
                    + " password' (read by the mailbox when mailbox.password is not set); asks for the value on the"
                    + " console, or reads it from the first line of standard input.")
    static final class SetSecret implements Callable<Integer> {
        @ParentCommand
        private CredentialsCommand credentials;

        @Mixin
        private StorageOptions storage;

        @Parameters(index = "0", paramLabel = "HOST", description = "The host the secret is for, without https:// or a path.")
        private String host;

        @Parameters(index = "1", paramLabel = "NAME", description = "The secret's name, e.g. password.")
        private String name;

        @Override
        public Integer call() {
            String normalHost = VaultNames.host(host);
            String secretName = VaultNames.secretName(name);
            CredentialVault vault = credentials.vault(storage);
            Secret value = credentials.nyx.password("Value of " + secretName + " for " + normalHost + ": ");
            vault.putSecret(normalHost, secretName, value);
            credentials.nyx.out().println("Stored the secret '" + secretName + "' for " + normalHost
                    + " in the credential vault.");
            return ExitCodes.OK;
        }
    }

    /** {@code nyx credentials remove HOST}. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a site's account and secrets from the vault.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        private CredentialsCommand credentials;

        @Mixin
        private StorageOptions storage;

        @Parameters(index = "0", paramLabel = "HOST", description = "The site's host.")
        private String host;

        @Override
        public Integer call() {
            String normalHost = VaultNames.host(host);
            if (!credentials.vault(storage).remove(normalHost)) {
                throw new NyxException(ErrorCode.NOT_FOUND, "The credential vault holds nothing for " + normalHost
                        + " ('nyx credentials list' shows what it holds).");
            }
            credentials.nyx.out().println("Removed " + normalHost + " from the credential vault.");
            return ExitCodes.OK;
        }
    }
}
