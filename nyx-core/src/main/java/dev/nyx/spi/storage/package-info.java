/**
 * Storage ports: small interfaces the pipeline stores and reads through, with the value records
 * they need. Core ships one implementation (Jdbi over H2 or PostgreSQL) in
 * {@code dev.nyx.core.storage}; every method is thread-safe and reports database failures as
 * {@link dev.nyx.spi.NyxException} with {@link dev.nyx.spi.ErrorCode#STORAGE_FAILURE}.
 */
package dev.nyx.spi.storage;
