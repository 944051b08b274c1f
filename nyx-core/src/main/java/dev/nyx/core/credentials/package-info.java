/**
 * The credential vault: the candidate's accounts on sites that want one (an employer's Workday tenant:
 * host → email and password) and named secrets (a mailbox password, a browser session), encrypted at
 * rest. {@link dev.nyx.core.credentials.CredentialVault} is the port, {@link
 * dev.nyx.core.credentials.EncryptedFileVault} its default (one AES-256-GCM file under the data directory),
 * {@link dev.nyx.core.credentials.PasswordGenerator} makes the passwords of new accounts, and {@link
 * dev.nyx.core.credentials.CandidateAccounts} hands adapters their {@code SiteAccounts} view. Depends on
 * the configuration and the SPI only; nothing here logs, notes or throws a secret.
 */
package dev.nyx.core.credentials;
