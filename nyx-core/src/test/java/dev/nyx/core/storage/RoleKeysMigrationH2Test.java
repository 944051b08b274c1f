package dev.nyx.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.core.config.NyxConfig;
import dev.nyx.model.CompanyTier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 5 on a database written by an earlier Nyx: the stored keys follow the new normalisation. */
class RoleKeysMigrationH2Test {

    @TempDir
    Path dataDirectory;

    @Test
    void should_rekey_postings_and_merge_company_tiers_when_a_version_4_database_is_opened() throws Exception {
        // given: a database at version 4 with keys as version 4 wrote them
        String url = "jdbc:h2:file:" + dataDirectory.resolve("old/nyx") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("4").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url);
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO job_posts (posting_key, url, ats, title, title_key, company, company_key,"
                    + " description, form_schema, first_seen_at, fetched_at) VALUES ('greenhouse:acme/1',"
                    + " 'https://boards.greenhouse.io/acme/jobs/1', 'greenhouse', 'Sr. Backend Engineer (m/w/d) REQ-1234',"
                    + " 'sr backend engineer m w d req 1234', 'Acme GmbH', 'acme gmbh', '', '{\"questions\":[]}',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO companies (company_key, name, tier, updated_at) VALUES"
                    + " ('acme gmbh', 'Acme GmbH', 'AVOID', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00+00'),"
                    + " ('acme inc.', 'Acme Inc.', 'TOP', TIMESTAMP WITH TIME ZONE '2026-02-01 10:00:00+00')");
        }

        // when
        NyxConfig.Database database = TestConfigs.url(url);
        try (Storage storage = Storage.open(database, dataDirectory, new TestClock())) {
            // then: the old posting is found as the same role, and the later tier decision won
            assertThat(storage.postings().findSameRole("ACME", "Senior Backend Engineer",
                    new TestClock().instant().minus(Duration.ofDays(3650)))).hasSize(1);
            assertThat(storage.companies().find("Acme")).hasValueSatisfying(company ->
                    assertThat(company.tier()).isEqualTo(CompanyTier.TOP));
            assertThat(storage.companies().list()).hasSize(1);
        }
        try (Connection connection = DriverManager.getConnection(url);
             Statement sql = connection.createStatement();
             ResultSet version = sql.executeQuery("SELECT MAX(version) FROM \"flyway_schema_history\"")) {
            version.next();
            assertThat(version.getString(1)).isEqualTo("5");
        }
    }
}
