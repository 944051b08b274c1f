/** Wiring of the langchain4j chat model and error mapping. Public only for wiring and tests; not API. */
package dev.nyx.core.llm.internal;
