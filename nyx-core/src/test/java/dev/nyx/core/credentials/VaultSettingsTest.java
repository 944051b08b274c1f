package dev.nyx.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.config.ConfigLoader;
import dev.nyx.core.config.NyxConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultSettingsTest {
    @TempDir
    Path folder;

    @Test
    void should_read_the_vault_settings_from_the_environment_and_mask_them_when_printed() {
        // given
        Map<String, String> environment = Map.of("NYX_DATA_DIRECTORY", folder.toString(),
                "NYX_VAULT_PASSPHRASE", "a long enough passphrase");

        // when
        NyxConfig config = new ConfigLoader(environment).loadDefaults();

        // then
        assertThat(config.vault().passphrase()).contains("a long enough passphrase");
        assertThat(config.vault().key()).isEmpty();
        assertThat(config.vaultFile()).isEqualTo(folder.resolve("credentials.vault"));
        assertThat(config.toString()).doesNotContain("a long enough passphrase");
        assertThat(ConfigLoader.environmentVariables()).contains("NYX_VAULT_FILE", "NYX_VAULT_KEY", "NYX_VAULT_PASSPHRASE");
    }

    @Test
    void should_use_the_configured_file_when_vault_file_is_set() {
        // given
        Path file = folder.resolve("elsewhere/accounts.vault");

        // when
        NyxConfig config = new ConfigLoader(Map.of("NYX_VAULT_FILE", file.toString())).loadDefaults();

        // then
        assertThat(config.vault().file()).contains(file);
        assertThat(config.vaultFile()).isEqualTo(file);
        assertThat(new NyxConfig.Vault(Optional.empty(), Optional.of("k"), Optional.of("p")).toString())
                .doesNotContain("k,").doesNotContain("=p");
    }
}
