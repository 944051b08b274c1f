package dev.nyx.core;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.credentials.CredentialVault;
import dev.nyx.core.credentials.EncryptedFileVault;
import dev.nyx.core.mail.ImapMailbox;
import dev.nyx.core.notify.EventPublisher;
import dev.nyx.core.plugin.ExtensionContexts;
import dev.nyx.spi.Mailbox;
import java.time.Clock;

/**
 * The core bindings: configuration, clock ({@link Clock#systemUTC()}), the
 * {@link ExtensionContexts} that make each plugin's context, the {@link EventPublisher}, the
 * {@link CredentialVault} ({@link EncryptedFileVault} on the {@code vault:} settings), the candidate's
 * {@link Mailbox} ({@link ImapMailbox}, the {@code mailbox:} section), and the
 * {@code Set<AutoCloseable>} that {@code Nyx.close()} closes last. Reached through
 * {@link NyxModules#core}; hosts override single bindings with {@code Nyx.builder().module(...)}.
 */
final class CoreModule extends AbstractModule {
    private final NyxConfig config;

    CoreModule(NyxConfig config) {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(NyxConfig.class).toInstance(config);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(ExtensionContexts.class).in(Scopes.SINGLETON);
        bind(EventPublisher.class).in(Scopes.SINGLETON);
        bind(Mailbox.class).to(ImapMailbox.class).in(Scopes.SINGLETON);
        bind(CredentialVault.class).to(EncryptedFileVault.class);
        // what Nyx.close() closes after the plugins stopped; storage adds its pool here
        Multibinder.newSetBinder(binder(), AutoCloseable.class);
    }
}
