package dev.nyx.core.storage.internal;

import dev.nyx.core.storage.TextKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 5: recomputes the stored company and title keys with the normalisation of "one job,
 * many doors" ({@link TextKeys#companyKey}, {@link TextKeys#titleKey}), so postings stored before it
 * are found as the same role. Company tiers whose names now share a key are merged, the latest
 * decision kept. Written in Java because the keys are Java functions. Registered with Flyway by
 * {@code Storage}; runs once, inside Flyway's transaction.
 */
public final class RoleKeysMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "role keys";
    }

    @Override
    public Integer getChecksum() {
        return 5_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        rekeyPostings(connection);
        rekeyCompanies(connection);
    }

    private static void rekeyPostings(Connection connection) throws SQLException {
        Map<String, String[]> keys = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT posting_key, company, title FROM job_posts")) {
            while (rows.next()) {
                keys.put(rows.getString(1), new String[] {TextKeys.companyKey(rows.getString(2)),
                    JdbiJobPostStore.titleKey(rows.getString(3))});
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE job_posts SET company_key = ?, title_key = ? WHERE posting_key = ?")) {
            for (Map.Entry<String, String[]> entry : keys.entrySet()) {
                update.setString(1, entry.getValue()[0]);
                update.setString(2, entry.getValue()[1]);
                update.setString(3, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void rekeyCompanies(Connection connection) throws SQLException {
        record Company(String name, String tier, OffsetDateTime updatedAt) {
        }
        Map<String, Company> merged = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT name, tier, updated_at FROM companies ORDER BY updated_at")) {
            while (rows.next()) {
                // ordered by time: a later decision under a name with the same key wins
                Company company = new Company(rows.getString(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class));
                merged.put(TextKeys.companyKey(company.name()), company);
            }
        }
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM companies");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO companies (company_key, name, tier, updated_at) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Company> entry : merged.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue().name());
                insert.setString(3, entry.getValue().tier());
                insert.setObject(4, entry.getValue().updatedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
