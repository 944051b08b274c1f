package dev.nyx.core.browser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaywrightDriverTest {

    @Test
    void should_skip_browser_download_and_leave_node_unset_when_no_node_installed() {
        // given
        FakeSystemProbe machine = new FakeSystemProbe().env("PATH", "/usr/local/bin");

        // when
        PlaywrightDriver driver = new PlaywrightDriver(machine);

        // then
        assertThat(driver.environment())
                .containsEntry("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
                .doesNotContainKey(PlaywrightDriver.NODEJS_PATH);
    }

    @Test
    void should_keep_users_node_when_variable_already_set() {
        FakeSystemProbe machine = new FakeSystemProbe().env(PlaywrightDriver.NODEJS_PATH, "/opt/node/bin/node")
                .executable("/usr/bin/node");

        assertThat(new PlaywrightDriver(machine).environment()).doesNotContainKey(PlaywrightDriver.NODEJS_PATH);
    }

    @Test
    void should_not_use_node_when_it_does_not_run() {
        // listed as executable but missing: starting it fails
        FakeSystemProbe machine = new FakeSystemProbe().env("PATH", "/nowhere").executable("/nowhere/node");

        assertThat(new PlaywrightDriver(machine).environment()).doesNotContainKey(PlaywrightDriver.NODEJS_PATH);
    }

    @Test
    void should_use_node_on_path_when_its_version_is_supported(@TempDir Path bin) throws IOException {
        // given: a stand-in "node" that reports a current version
        fakeNode(bin, "v20.11.1");
        FakeSystemProbe machine = new FakeSystemProbe().env("PATH", bin.toString())
                .executable(bin.resolve("node").toString());

        // when
        PlaywrightDriver driver = new PlaywrightDriver(machine);

        // then
        assertThat(driver.environment()).containsEntry(PlaywrightDriver.NODEJS_PATH, bin.resolve("node").toString());
    }

    @Test
    void should_not_use_node_when_its_version_is_too_old(@TempDir Path bin) throws IOException {
        fakeNode(bin, "v18.20.4");
        FakeSystemProbe machine = new FakeSystemProbe().env("PATH", bin.toString())
                .executable(bin.resolve("node").toString());

        assertThat(new PlaywrightDriver(machine).environment()).doesNotContainKey(PlaywrightDriver.NODEJS_PATH);
    }

    private static void fakeNode(Path bin, String version) throws IOException {
        Path node = bin.resolve("node");
        Files.writeString(node, "#!/bin/sh\necho " + version + "\n");
        Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
