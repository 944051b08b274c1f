package dev.nyx.testkit.workday;

/**
 * The two generations of Workday's candidate UI (ATS-NOTES 3.4): {@link #LEGACY} puts {@code data-automation-id}
 * on the controls; {@link #FKIT} (2024+) gives controls {@code id}/{@code name} such as
 * {@code name--legalName--firstName} and keeps {@code data-automation-id} on wrappers ({@code formField-*}) and
 * widgets.
 */
public enum UiGeneration {
    LEGACY,
    FKIT
}
