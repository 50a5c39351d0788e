package vn.congvan.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 4: the folded issuer of every dispatch that migration 3 brought over, which SQL cannot
 * compute (Vietnamese diacritics, abbreviations). Runs in the migration's transaction.
 */
final class IssuerKeys implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "issuer keys";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Map<Long, String> keys = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dispatch_key, issuer FROM tracked_dispatch");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getLong(1), DispatchIdentity.issuerKey(rs.getString(2)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE tracked_dispatch SET issuer_key = ? WHERE dispatch_key = ?")) {
            for (Map.Entry<Long, String> k : keys.entrySet()) {
                ps.setString(1, k.getValue());
                ps.setLong(2, k.getKey());
                ps.executeUpdate();
            }
        }
    }
}
