package dev.nyx.model.profile;

/** Where the candidate wants to work ({@code nyx.remote}). */
public enum RemotePreference {
    REMOTE, HYBRID, ONSITE, ANY
}
