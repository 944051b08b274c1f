package dev.nyx.testkit.greenhouse;

/** The field {@code type}s of the Greenhouse Job Board API. */
public enum GreenhouseFieldType {
    INPUT_TEXT("input_text"),
    INPUT_FILE("input_file"),
    INPUT_HIDDEN("input_hidden"),
    TEXTAREA("textarea"),
    MULTI_VALUE_SINGLE_SELECT("multi_value_single_select"),
    MULTI_VALUE_MULTI_SELECT("multi_value_multi_select");

    private final String apiName;

    GreenhouseFieldType(String apiName) {
        this.apiName = apiName;
    }

    /** The name used in the API's JSON. */
    public String apiName() {
        return apiName;
    }
}
