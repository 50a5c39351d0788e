package vn.congvan.app;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The register's numbers from eight threads, each with its own connection to one SQLite file. */
class SqliteRegisterConcurrencyTest extends RegisterConcurrencyContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("congvan.db").toString();
    }

    @Override
    Path reportFolder() {
        return dir.resolve("van-ban");
    }
}
