/**
 * Storage: {@link dev.nyx.core.storage.Storage} opens the configured database (H2 or PostgreSQL),
 * migrates it with Flyway and exposes the {@code dev.nyx.core.storage} ports on Jdbi;
 * {@link dev.nyx.core.storage.StorageModule} binds them in Guice. Jdbi, HikariCP and Flyway are
 * used only in this package and its {@code internal} sub-package.
 */
package dev.nyx.core.storage;
