package dev.nyx.ats.workday.internal;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How to start the application in the "Start Your Application" dialog (ATS-NOTES 3.3): the setting's value and the
 * dialog button's {@code data-automation-id}. A mode the tenant does not offer falls back to {@link #MANUAL}.
 */
public enum ApplyMode {
    MANUAL("manual", "applyManually"),
    AUTOFILL("autofill", "autofillWithResume"),
    LAST_APPLICATION("lastApplication", "useMyLastApplication");

    private final String setting;
    private final String automationId;

    ApplyMode(String setting, String automationId) {
        this.setting = setting;
        this.automationId = automationId;
    }

    /** The dialog button's {@code data-automation-id}. */
    public String automationId() {
        return automationId;
    }

    public String setting() {
        return setting;
    }

    /**
     * The mode a setting names, case-insensitively.
     *
     * @throws NyxException {@link ErrorCode#INVALID_CONFIGURATION} naming the setting and the values it takes
     */
    public static ApplyMode parse(String settingName, String value) {
        return Arrays.stream(values()).filter(mode -> mode.setting.toLowerCase(Locale.ROOT)
                .equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new NyxException(ErrorCode.INVALID_CONFIGURATION, "plugins.settings.workday."
                        + settingName + " is '" + value + "'; give one of " + Arrays.stream(values())
                        .map(ApplyMode::setting).collect(Collectors.joining(", ")) + "."));
    }
}
