package dev.nyx.testkit.scripted;

import com.google.inject.multibindings.Multibinder;
import dev.nyx.core.Nyx;
import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.config.NyxConfig;
import dev.nyx.core.profile.ProfileLoader;
import dev.nyx.model.profile.Profile;
import dev.nyx.spi.AtsAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Configuration, profile and Nyx assembly for the pipeline tests, all under one folder. */
final class PipelineFixture {
    private PipelineFixture() {
    }

    /** A configuration with its database and data under {@code folder}, and short time-outs. */
    static NyxConfig config(Path folder, boolean allowPrivate, String stepTimeout, String pluginCallTimeout) {
        return config(folder, allowPrivate, stepTimeout, pluginCallTimeout, "");
    }

    /** As above, with {@code moreYaml} (whole top-level sections) appended to the file. */
    static NyxConfig config(Path folder, boolean allowPrivate, String stepTimeout, String pluginCallTimeout,
                            String moreYaml) {
        String yaml = "dataDirectory: " + folder.resolve("data") + "\n"
                + "database:\n  url: jdbc:h2:file:" + folder.resolve("db/nyx")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH\n"
                + "plugins:\n  directory: " + folder.resolve("plugins") + "\n"
                + "browser:\n  executablePath: /usr/lib/chromium/chromium-headless-shell\n"
                + "  stepTimeout: " + stepTimeout + "\n"
                + "limits:\n  concurrency: 2\n  pluginCallTimeout: " + pluginCallTimeout + "\n"
                // the web client's request time-out follows the step time-out here, so a test can make either short
                + "network:\n  allowPrivateAddresses: " + allowPrivate + "\n  requestTimeout: " + stepTimeout + "\n"
                + moreYaml;
        return new ConfigLoader(Map.of()).load(write(folder.resolve("nyx.yaml"), yaml));
    }

    static NyxConfig config(Path folder) {
        return config(folder, true, "5s", "10s");
    }

    /** Nyx with this adapter (and the clock, when given) added by the host. */
    static Nyx nyx(NyxConfig config, AtsAdapter adapter, Clock clock) {
        return Nyx.builder().config(config).module(binder -> {
            Multibinder.newSetBinder(binder, AtsAdapter.class).addBinding().toInstance(adapter);
            binder.bind(Clock.class).toInstance(clock);
        }).build();
    }

    static Nyx nyx(NyxConfig config, AtsAdapter adapter) {
        return nyx(config, adapter, Clock.systemUTC());
    }

    /** A small profile with an English resume, written into {@code folder}. */
    static Profile profile(Path folder) {
        write(folder.resolve("resume-en.pdf"), "%PDF-1.4 resume");
        String yaml = "basics:\n  name: Mara Lindqvist\n  email: mara.lindqvist@example.com\n"
                + "  phone: \"+49 170 5550123\"\n"
                + "nyx:\n  firstName: Mara\n  lastName: Lindqvist\n"
                + "  resumes:\n    - id: en\n      path: resume-en.pdf\n      language: en\n      default: true\n"
                + "  personal:\n    dateOfBirth: \"1989-06-14\"\n";
        return new ProfileLoader().load(write(folder.resolve("profile.yaml"), yaml));
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
