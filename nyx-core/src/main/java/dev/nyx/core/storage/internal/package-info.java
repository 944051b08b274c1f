/** Jdbi implementations of the storage ports and their helpers: public for wiring only, not API. */
package dev.nyx.core.storage.internal;
