package dev.nyx.model;

/** How much the candidate wants to work for a company; shifts the effort policy's bands. */
public enum CompanyTier {
    TOP, NORMAL, AVOID
}
