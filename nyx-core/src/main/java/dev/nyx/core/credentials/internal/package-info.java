/**
 * The encrypted vault file's pieces: the key from the configuration ({@code VaultKey}), the file format
 * and its AES-256-GCM encryption ({@code VaultFormat}) and the decrypted content ({@code VaultContents}).
 * Public only for wiring; used by {@code dev.nyx.core.credentials} alone.
 */
package dev.nyx.core.credentials.internal;
