package dev.nyx.testkit.greenhouse;

/** Whether a posting asks for the candidate's location ({@code location_questions} in the API). */
public enum LocationQuestion {
    NONE,
    OPTIONAL,
    REQUIRED
}
