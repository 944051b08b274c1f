package dev.nyx.testkit.greenhouse;

/** The three ways the Greenhouse replicas serve a posting. */
public enum GreenhouseStyle {
    /** The Job Board API JSON ({@code boards-api.greenhouse.io}); also takes partner-API applications. */
    API,
    /** The classic hosted board ({@code boards.greenhouse.io}): select2 widgets, S3 upload, XHR submit. */
    CLASSIC,
    /** The new React board ({@code job-boards.greenhouse.io}): react-select comboboxes, multipart submit. */
    JOB_BOARDS
}
