package vn.congvan.tracking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.io.TempDir;

/** The status tables' contract on an SQLite file. */
class SqliteStatusTablesTest extends StatusTablesContract {
    @TempDir
    Path folder;

    private Path file;

    @Override
    String newLocation() {
        file = folder.resolve("sổ").resolve("congvan.db");
        return file.toString();
    }

    @Override
    void cleanUp() throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    @Override
    Connection rawConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
